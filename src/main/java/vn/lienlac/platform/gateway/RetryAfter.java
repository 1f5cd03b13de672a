package vn.lienlac.platform.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Which HTTP answers to retry, and how long their {@code Retry-After} header (RFC 9110 §10.2.3) asks to wait. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** Whether an HTTP status means "try the same request again later": 408, 429 and 5xx. */
    public static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** The wait it asks for (never negative), or null when the header is absent or unreadable. */
    public static Duration parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}

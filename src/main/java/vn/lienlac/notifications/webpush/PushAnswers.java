package vn.lienlac.notifications.webpush;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.lienlac.notifications.outbox.SendResult;

/**
 * A push service's answer (RFC 8030 §5, §8.3) as a {@link SendResult}: 2xx (201 Created) → Sent, with the message's
 * URL from {@code Location} as the provider id; 404 and 410 → Gone (the subscription expired or was removed);
 * 429 → Retry after {@code Retry-After}; 5xx → Retry; any other 4xx (400 bad headers, 401/403 VAPID refused,
 * 413 too large) → Rejected.
 */
final class PushAnswers {

    private PushAnswers() {
    }

    static SendResult of(int status, String location, String retryAfter, String body, Instant now) {
        if (status / 100 == 2) {
            return new SendResult.Sent(location, false, 0, null);
        }
        String error = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + shortened(body));
        if (status == 404 || status == 410) {
            return new SendResult.Gone(error);
        }
        if (status == 429 || status / 100 == 5) {
            return new SendResult.Retry(retryAfter(retryAfter, now), error);
        }
        return new SendResult.Rejected(error);
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            Duration wait = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shortened(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}

package vn.lienlac.platform.time;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * The one rule for a scheduled send's time (notices, directives, chat): after now, at most 30 days ahead. Anything
 * else is 400 {@code VALIDATION_FAILED} naming the field, with a Vietnamese detail.
 */
public final class SendAt {

    /** How far ahead a send may be scheduled. */
    public static final Duration MAX_AHEAD = Duration.ofDays(30);
    public static final String PAST = "Thời điểm hẹn gửi phải ở sau thời điểm hiện tại.";
    public static final String TOO_FAR = "Chỉ hẹn giờ gửi được trong vòng 30 ngày tới.";

    private SendAt() {
    }

    /** The instant to send at; 400 when it is not after {@code now} or more than 30 days after it. */
    public static Instant check(OffsetDateTime sendAt, Instant now, String field) {
        Instant at = sendAt.toInstant();
        if (!at.isAfter(now)) {
            throw invalid(field, PAST);
        }
        if (at.isAfter(now.plus(MAX_AHEAD))) {
            throw invalid(field, TOO_FAR);
        }
        return at;
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message,
                List.of(Map.of("field", field, "message", message)));
    }
}

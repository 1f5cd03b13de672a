package vn.lienlac.identity.otp;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import vn.lienlac.platform.error.ApiException;

/**
 * Decides whether a code request or a code entry may go ahead and, if not, when it may: the resend interval per
 * phone, and sliding one-hour windows per phone and per client IP. When several limits apply, the answer names the
 * one that frees last, so that a retry after {@code Retry-After} seconds succeeds.
 */
final class OtpThrottles {

    /** The sliding window of the hourly limits. */
    static final Duration WINDOW = Duration.ofHours(1);

    static final String RESEND = "Mã xác thực vừa được gửi. Vui lòng chờ %s rồi yêu cầu mã mới.";
    static final String PHONE = "Số điện thoại này đã yêu cầu quá nhiều mã xác thực. Vui lòng thử lại sau %s.";
    static final String IP_REQUESTS = "Có quá nhiều yêu cầu mã xác thực từ mạng của bạn. Vui lòng thử lại sau %s.";
    static final String IP_VERIFIES = "Bạn đã nhập mã xác thực quá nhiều lần. Vui lòng thử lại sau %s.";

    private OtpThrottles() {
    }

    /**
     * What a code request found under its locks. {@code lastRequest}: the phone's latest challenge, or null.
     * {@code phoneLimitOldest} / {@code ipLimitOldest}: when the phone / IP already has its hourly limit of requests
     * in the window, the creation time of the oldest of those that still count (its leaving frees a slot); else null.
     */
    record RequestWindow(Instant lastRequest, Instant phoneLimitOldest, Instant ipLimitOldest) {
    }

    static Optional<ApiException> request(RequestWindow window, Instant now, OtpConfig config) {
        return longest(now, Stream.of(
                wait(window.lastRequest(), config.resendInterval(), RESEND),
                wait(window.phoneLimitOldest(), WINDOW, PHONE),
                wait(window.ipLimitOldest(), WINDOW, IP_REQUESTS)));
    }

    /** {@code ipLimitOldest} as in {@link RequestWindow}, over the IP's code entries. */
    static Optional<ApiException> verify(Instant ipLimitOldest, Instant now) {
        return longest(now, Stream.of(wait(ipLimitOldest, WINDOW, IP_VERIFIES)));
    }

    /** "45 giây" under a minute, else whole minutes rounded up: "12 phút". */
    static String describe(long seconds) {
        return seconds < 60 ? seconds + " giây" : (seconds + 59) / 60 + " phút";
    }

    private record Wait(Instant freeAt, String message) {
    }

    private static Wait wait(Instant since, Duration length, String message) {
        return since == null ? null : new Wait(since.plus(length), message);
    }

    private static Optional<ApiException> longest(Instant now, Stream<Wait> waits) {
        return waits.filter(w -> w != null && w.freeAt().isAfter(now))
                .max(Comparator.comparing(Wait::freeAt))
                .map(w -> {
                    long seconds = ceilSeconds(Duration.between(now, w.freeAt()));
                    return ApiException.tooManyRequests(String.format(w.message(), describe(seconds)), seconds);
                });
    }

    private static long ceilSeconds(Duration duration) {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }
}

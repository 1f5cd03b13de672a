package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

class OtpThrottlesTest {

    private static final OtpConfig CONFIG = OtpConfigs.of(Map.of());
    private static final Instant NOW = Instant.parse("2025-09-05T01:00:00Z");

    @Test
    void nothingInTheWindowLetsTheRequestThrough() {
        assertTrue(OtpThrottles.request(new OtpThrottles.RequestWindow(null, null, null), NOW, CONFIG).isEmpty());
    }

    @Test
    void lastRequestAsOldAsTheResendIntervalLetsTheRequestThrough() {
        var window = new OtpThrottles.RequestWindow(NOW.minusSeconds(60), null, null);

        assertTrue(OtpThrottles.request(window, NOW, CONFIG).isEmpty());
    }

    @Test
    void resendWaitIsRoundedUpToWholeSeconds() {
        var window = new OtpThrottles.RequestWindow(NOW.minus(Duration.ofMillis(20_500)), null, null);

        ApiException limited = OtpThrottles.request(window, NOW, CONFIG).orElseThrow();

        assertEquals(ErrorCode.TOO_MANY_REQUESTS, limited.code());
        assertEquals(40, limited.retryAfterSeconds());
        assertEquals("Mã xác thực vừa được gửi. Vui lòng chờ 40 giây rồi yêu cầu mã mới.", limited.detail());
    }

    @Test
    void theLimitThatFreesLastIsTheOneReported() {
        var window = new OtpThrottles.RequestWindow(NOW.minusSeconds(10), NOW.minus(Duration.ofMinutes(50)),
                NOW.minus(Duration.ofMinutes(20)));

        ApiException limited = OtpThrottles.request(window, NOW, CONFIG).orElseThrow();

        assertEquals(40 * 60, limited.retryAfterSeconds());
        assertEquals("Có quá nhiều yêu cầu mã xác thực từ mạng của bạn. Vui lòng thử lại sau 40 phút.",
                limited.detail());
    }

    @Test
    void verifyLimitFreesWhenTheOldestCountedEntryLeavesTheHour() {
        ApiException limited = OtpThrottles.verify(NOW.minus(Duration.ofMinutes(59)).minusSeconds(30), NOW)
                .orElseThrow();

        assertEquals(30, limited.retryAfterSeconds());
        assertEquals("Bạn đã nhập mã xác thực quá nhiều lần. Vui lòng thử lại sau 30 giây.", limited.detail());
    }

    @Test
    void waitsAreDescribedInSecondsUnderAMinuteThenInWholeMinutesRoundedUp() {
        assertEquals("59 giây", OtpThrottles.describe(59));
        assertEquals("1 phút", OtpThrottles.describe(60));
        assertEquals("2 phút", OtpThrottles.describe(61));
    }
}

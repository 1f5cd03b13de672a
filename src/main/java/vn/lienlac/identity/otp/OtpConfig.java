package vn.lienlac.identity.otp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** One-time sign-in codes: lifetime, attempt and throttle limits, and the gateway that delivers them. */
@ConfigMapping(prefix = "lienlac.otp")
public interface OtpConfig {

    /** How long a code stays valid after it was requested. */
    @WithDefault("5m")
    Duration codeTtl();

    /** Wrong codes allowed per challenge; after that the challenge is dead and a new code must be requested. */
    @WithDefault("5")
    int maxAttempts();

    /** Minimum time between two code requests for the same phone number. */
    @WithDefault("60s")
    Duration resendInterval();

    /** Code requests allowed per phone number in any sliding hour. */
    @WithDefault("5")
    int maxPerPhonePerHour();

    /** Code requests allowed per client IP address in any sliding hour (raise it behind carrier-grade NAT). */
    @WithDefault("30")
    int maxRequestsPerIpPerHour();

    /** Codes entered (right or wrong) allowed per client IP address in any sliding hour. */
    @WithDefault("60")
    int maxVerifiesPerIpPerHour();

    /** Where codes go: {@code log} (dev/demo: prints the code) or {@code http} (an SMS / OTT gateway). */
    @WithDefault("log")
    Provider provider();

    /** Secret for the stored code hashes (LIENLAC_OTP_HMAC_KEY, at least 32 characters); required in production. */
    Optional<String> hmacKey();

    /** The text sent to the phone; {@code {code}} and {@code {minutes}} (the code's lifetime) are replaced. */
    @WithDefault("Mã xác thực Liên Lạc của bạn là {code}. Mã có hiệu lực trong {minutes} phút. "
            + "Không chia sẻ mã này với bất kỳ ai.")
    String messageTemplate();

    /** The hand-off queue between code requests and the gateway ({@link OtpDeliveries}). */
    Delivery delivery();

    /** The generic HTTP gateway, used when {@code provider=http}. */
    Http http();

    interface Delivery {

        /** Codes waiting for the gateway on this pod; beyond it a code is dropped (counted, logged). */
        @WithDefault("1000")
        int queueCapacity();

        /** Gateway calls in flight at once on this pod. */
        @WithDefault("16")
        int concurrency();
    }

    enum Provider {
        LOG, HTTP
    }

    interface Http {

        /** Gateway endpoint; may contain the placeholders of the body template (URL-encoded there). */
        Optional<String> url();

        /** HTTP method of the gateway call. */
        @WithDefault("POST")
        String method();

        /** Request headers, e.g. {@code headers.Authorization} (env: LIENLAC_OTP_HTTP_HEADERS_AUTHORIZATION). */
        Map<String, String> headers();

        /** Request body: {phone} +84912345678, {phoneNational} 0912345678, {phoneDigits} 84…, {code}, {message}. */
        @WithDefault("{\"to\":\"{phone}\",\"text\":\"{message}\"}")
        String bodyTemplate();

        /** Content type of the body; values are JSON-escaped for JSON types and URL-encoded for forms. */
        @WithDefault("application/json")
        String contentType();

        /** How long to wait for the gateway before giving up. */
        @WithDefault("10s")
        Duration timeout();
    }
}

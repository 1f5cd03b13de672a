package vn.lienlac.identity.otp;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.SmallRyeConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/** Checks {@link OtpConfig} and supplies the HMAC key, with messages that say what to change. */
final class OtpSettings {

    static final int MIN_KEY_LENGTH = 32;
    /** Used only where no key is required (dev, demo, tests with the log provider): codes there are not secret. */
    static final String DEV_KEY = "lienlac-dev-otp-hmac-key-not-for-production";
    private static final Duration MAX_TTL = Duration.ofHours(1);
    private static final Pattern HTTP_METHOD = Pattern.compile("[A-Za-z]+");

    private OtpSettings() {
    }

    /**
     * True for a production server: the packaged application in any profile but {@code demo}. Dev mode, tests and
     * the demo profile may use the built-in development key and print codes.
     */
    static boolean production() {
        return LaunchMode.current() == LaunchMode.NORMAL
                && !ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles().contains("demo");
    }

    /** Everything wrong with the configuration, one sentence each; empty when it can be used. */
    static List<String> problems(OtpConfig config, boolean production) {
        List<String> problems = new ArrayList<>();
        if (keyRequired(config, production) && !strongKey(config)) {
            problems.add("Set LIENLAC_OTP_HMAC_KEY to a random string of at least " + MIN_KEY_LENGTH
                    + " characters (for example: openssl rand -hex 32); it protects the stored one-time codes and is"
                    + " required in production and with lienlac.otp.provider=http.");
        }
        if (config.provider() == OtpConfig.Provider.HTTP) {
            if (config.http().url().filter(url -> url.startsWith("http://") || url.startsWith("https://")).isEmpty()) {
                problems.add("Set LIENLAC_OTP_HTTP_URL to the http(s) address of the SMS / OTT gateway"
                        + " (lienlac.otp.provider=http).");
            }
            if (!HTTP_METHOD.matcher(config.http().method()).matches()) {
                problems.add("lienlac.otp.http.method must be an HTTP method such as POST or GET.");
            }
            if (!positive(config.http().timeout())) {
                problems.add("lienlac.otp.http.timeout must be positive, e.g. 10s.");
            }
        }
        if (!positive(config.codeTtl()) || config.codeTtl().compareTo(MAX_TTL) > 0) {
            problems.add("lienlac.otp.code-ttl must be positive and at most 1h, e.g. 5m.");
        }
        if (config.resendInterval().isNegative()) {
            problems.add("lienlac.otp.resend-interval must not be negative, e.g. 60s.");
        }
        atLeastOne(problems, "max-attempts", config.maxAttempts());
        atLeastOne(problems, "max-per-phone-per-hour", config.maxPerPhonePerHour());
        atLeastOne(problems, "max-requests-per-ip-per-hour", config.maxRequestsPerIpPerHour());
        atLeastOne(problems, "max-verifies-per-ip-per-hour", config.maxVerifiesPerIpPerHour());
        return problems;
    }

    /** The configured key, or the development key where none is required; fails where one is required. */
    static byte[] hmacKey(OtpConfig config, boolean production) {
        if (strongKey(config)) {
            return config.hmacKey().orElseThrow().strip().getBytes(StandardCharsets.UTF_8);
        }
        if (keyRequired(config, production)) {
            throw new IllegalStateException(String.join(" ", problems(config, production)));
        }
        return DEV_KEY.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean keyRequired(OtpConfig config, boolean production) {
        return production || config.provider() == OtpConfig.Provider.HTTP || config.hmacKey().isPresent();
    }

    private static boolean strongKey(OtpConfig config) {
        return config.hmacKey().map(String::strip).filter(key -> key.length() >= MIN_KEY_LENGTH).isPresent();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static void atLeastOne(List<String> problems, String key, int value) {
        if (value < 1) {
            problems.add("lienlac.otp." + key + " must be at least 1.");
        }
    }
}

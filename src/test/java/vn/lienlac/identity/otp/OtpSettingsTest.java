package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtpSettingsTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void defaultsMatchTheDocumentedLimits() {
        OtpConfig config = OtpConfigs.of(Map.of());

        assertEquals(Duration.ofMinutes(5), config.codeTtl());
        assertEquals(5, config.maxAttempts());
        assertEquals(Duration.ofSeconds(60), config.resendInterval());
        assertEquals(5, config.maxPerPhonePerHour());
        assertEquals(30, config.maxRequestsPerIpPerHour());
        assertEquals(60, config.maxVerifiesPerIpPerHour());
        assertEquals(OtpConfig.Provider.LOG, config.provider());
        assertEquals("POST", config.http().method());
        assertEquals("application/json", config.http().contentType());
        assertEquals(Duration.ofSeconds(10), config.http().timeout());
        assertEquals(Map.of(), config.http().headers());
    }

    @Test
    void developmentWithoutKeyUsesTheDevelopmentKey() {
        OtpConfig config = OtpConfigs.of(Map.of());

        assertEquals(List.of(), OtpSettings.problems(config, false));
        assertArrayEquals(OtpSettings.DEV_KEY.getBytes(StandardCharsets.UTF_8), OtpSettings.hmacKey(config, false));
    }

    @Test
    void productionWithoutKeyRefusesToStartAndSaysWhatToSet() {
        List<String> problems = OtpSettings.problems(OtpConfigs.of(Map.of()), true);

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("Set LIENLAC_OTP_HMAC_KEY"), problems.get(0));
        assertTrue(problems.get(0).contains("openssl rand -hex 32"), problems.get(0));
    }

    @Test
    void httpProviderNeedsKeyAndUrlEvenOutsideProduction() {
        String problems = String.join(" ", OtpSettings.problems(
                OtpConfigs.of(Map.of("lienlac.otp.provider", "http")), false));

        assertTrue(problems.contains("LIENLAC_OTP_HMAC_KEY"), problems);
        assertTrue(problems.contains("LIENLAC_OTP_HTTP_URL"), problems);
    }

    @Test
    void shortKeyIsRefusedEvenInDevelopment() {
        List<String> problems = OtpSettings.problems(OtpConfigs.of(Map.of("lienlac.otp.hmac-key", "short")), false);

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("at least 32 characters"), problems.get(0));
    }

    @Test
    void configuredHttpGatewayIsAcceptedInProduction() {
        OtpConfig config = OtpConfigs.of(Map.of(
                "lienlac.otp.provider", "http",
                "lienlac.otp.hmac-key", KEY,
                "lienlac.otp.http.url", "https://sms.example.invalid/send"));

        assertEquals(List.of(), OtpSettings.problems(config, true));
        assertArrayEquals(KEY.getBytes(StandardCharsets.UTF_8), OtpSettings.hmacKey(config, true));
    }

    @Test
    void limitsOutsideTheirRangeAreRefused() {
        String problems = String.join(" ", OtpSettings.problems(
                OtpConfigs.of(Map.of("lienlac.otp.max-attempts", "0", "lienlac.otp.code-ttl", "2h")), false));

        assertTrue(problems.contains("lienlac.otp.max-attempts must be at least 1."), problems);
        assertTrue(problems.contains("lienlac.otp.code-ttl must be positive and at most 1h"), problems);
    }

    @Test
    void gatewaySettingsAndHeadersComeFromEnvironmentVariables() {
        OtpConfig config = OtpConfigs.fromEnvironment(Map.of(
                "LIENLAC_OTP_PROVIDER", "http",
                "LIENLAC_OTP_HMAC_KEY", KEY,
                "LIENLAC_OTP_HTTP_URL", "https://sms.example.invalid/send",
                "LIENLAC_OTP_HTTP_HEADERS_AUTHORIZATION", "Basic dXNlcjpwYXNz"));

        assertEquals(List.of(), OtpSettings.problems(config, true));
        assertEquals(Map.of("authorization", "Basic dXNlcjpwYXNz"), config.http().headers());
    }
}

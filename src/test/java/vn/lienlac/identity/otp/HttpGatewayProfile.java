package vn.lienlac.identity.otp;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The HTTP provider pointed at {@link FakeSmsGateway}, with a Zalo-style JSON body and a bearer token. */
public class HttpGatewayProfile implements QuarkusTestProfile {

    static final String TOKEN = "Bearer test-gateway-token";
    static final String BODY = "{\"phone\":\"{phoneNational}\",\"e164\":\"{phone}\","
            + "\"template_data\":{\"otp\":\"{code}\"},\"text\":\"{message}\"}";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "lienlac.otp.provider", "http",
                "lienlac.otp.hmac-key", "test-only-otp-hmac-key-0123456789abcdef",
                "lienlac.otp.http.headers.Authorization", TOKEN,
                "lienlac.otp.http.body-template", BODY,
                "lienlac.otp.http.timeout", "1s",
                // every REST request of these tests comes from 127.0.0.1
                "lienlac.otp.max-requests-per-ip-per-hour", "100000",
                "lienlac.otp.message-template", "Mã \"Liên Lạc\" của bạn: {code} (hiệu lực {minutes} phút).");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSmsGateway.class));
    }
}

package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.gateway.GatewayRequest;

class GatewayTemplatesTest {

    private static final String PHONE = "+84912345678";

    @Test
    void defaultMessageIsVietnameseWithTheCodeAndItsLifetime() {
        String message = GatewayTemplates.message(OtpConfigs.of(Map.of()).messageTemplate(), "042917",
                Duration.ofMinutes(5));

        assertEquals("Mã xác thực Liên Lạc của bạn là 042917. Mã có hiệu lực trong 5 phút. "
                + "Không chia sẻ mã này với bất kỳ ai.", message);
    }

    @Test
    void jsonBodyGetsEscapedValuesAndKeepsItsOwnBraces() {
        OtpConfig.Http http = http(Map.of("lienlac.otp.http.body-template",
                "{\"to\":\"{phoneNational}\",\"e164\":\"{phone}\",\"otp\":\"{code}\",\"text\":\"{message}\"}"));

        GatewayRequest request = GatewayTemplates.request(http, PHONE, "042917", "Mã \"042917\"\nhết hạn sau 5 phút");

        assertEquals("{\"to\":\"0912345678\",\"e164\":\"+84912345678\",\"otp\":\"042917\","
                + "\"text\":\"Mã \\\"042917\\\"\\nhết hạn sau 5 phút\"}", request.body());
        assertEquals("POST", request.method());
        assertEquals("application/json", request.contentType());
    }

    @Test
    void valuesAreNotSearchedForPlaceholders() {
        OtpConfig.Http http = http(Map.of("lienlac.otp.http.body-template", "{message}|{code}",
                "lienlac.otp.http.content-type", "text/plain; charset=UTF-8"));

        GatewayRequest request = GatewayTemplates.request(http, PHONE, "042917", "gõ {code} hoặc {phone}");

        assertEquals("gõ {code} hoặc {phone}|042917", request.body());
    }

    @Test
    void formBodyAndUrlAreUrlEncoded() {
        OtpConfig.Http http = http(Map.of(
                "lienlac.otp.http.url", "https://sms.example.invalid/send?to={phone}&brand=LIENLAC",
                "lienlac.otp.http.content-type", "application/x-www-form-urlencoded",
                "lienlac.otp.http.body-template", "phone={phoneNational}&text={message}"));

        GatewayRequest request = GatewayTemplates.request(http, PHONE, "042917", "Mã 042917 & hết");

        assertEquals("https://sms.example.invalid/send?to=%2B84912345678&brand=LIENLAC", request.url());
        assertEquals("phone=0912345678&text=M%C3%A3+042917+%26+h%E1%BA%BFt", request.body());
    }

    @Test
    void xmlBodyGetsEntityEscapedValues() {
        OtpConfig.Http http = http(Map.of("lienlac.otp.http.content-type", "text/xml; charset=utf-8",
                "lienlac.otp.http.body-template", "<sms><to>{phoneNational}</to><text>{message}</text></sms>"));

        GatewayRequest request = GatewayTemplates.request(http, PHONE, "042917", "<b>042917</b> & 'hết'");

        assertEquals("<sms><to>0912345678</to><text>&lt;b&gt;042917&lt;/b&gt; &amp; &apos;hết&apos;</text></sms>",
                request.body());
    }

    @Test
    void headersAndMethodComeFromConfiguration() {
        OtpConfig.Http http = http(Map.of("lienlac.otp.http.method", "put",
                "lienlac.otp.http.headers.Authorization", "Bearer gateway-token"));

        GatewayRequest request = GatewayTemplates.request(http, PHONE, "042917", "m");

        assertEquals("PUT", request.method());
        assertEquals(Map.of("Authorization", "Bearer gateway-token"), request.headers());
    }

    private static OtpConfig.Http http(Map<String, String> properties) {
        Map<String, String> all = new java.util.HashMap<>(properties);
        all.putIfAbsent("lienlac.otp.http.url", "https://sms.example.invalid/send");
        return OtpConfigs.of(all).http();
    }
}

package vn.lienlac.identity.otp;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import vn.lienlac.platform.gateway.GatewayRequest;
import vn.lienlac.platform.gateway.GatewayTemplate;

/**
 * Renders the text message and the gateway call of a one-time code from their templates, with the shared gateway
 * templating of {@link GatewayTemplate} (placeholders replaced in one pass, values escaped per place).
 */
final class GatewayTemplates {

    private GatewayTemplates() {
    }

    /** The text for the phone, e.g. "Mã xác thực Liên Lạc của bạn là 123456. Mã có hiệu lực trong 5 phút. ...". */
    static String message(String template, String code, Duration codeTtl) {
        long minutes = Math.max(1, (codeTtl.toSeconds() + 59) / 60);
        return GatewayTemplate.fill(template, Map.of("code", code, "minutes", Long.toString(minutes)));
    }

    static GatewayRequest request(OtpConfig.Http http, String phoneE164, String code, String message) {
        Map<String, String> values = new HashMap<>(GatewayTemplate.phoneValues(phoneE164));
        values.put("code", code);
        values.put("message", message);
        return template(http).render(values);
    }

    static GatewayTemplate template(OtpConfig.Http http) {
        return new GatewayTemplate(http.method(), http.url().orElseThrow(), http.headers(), http.contentType(),
                http.bodyTemplate());
    }
}

package vn.lienlac.identity.otp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the text message and the gateway call from their templates. Placeholders are replaced in one pass, so a
 * value is never itself searched for placeholders, and each value is escaped for the place it lands in: URL-encoded
 * in the URL; in the body JSON-escaped, XML-escaped or URL-encoded according to the content type, else as is.
 */
final class GatewayTemplates {

    private static final Pattern BODY_PLACEHOLDER =
            Pattern.compile("\\{(phone|phoneNational|phoneDigits|code|message)}");
    private static final Pattern MESSAGE_PLACEHOLDER = Pattern.compile("\\{(code|minutes)}");

    private GatewayTemplates() {
    }

    /** The text for the phone, e.g. "Mã xác thực Liên Lạc của bạn là 123456. Mã có hiệu lực trong 5 phút. ...". */
    static String message(String template, String code, Duration codeTtl) {
        long minutes = Math.max(1, (codeTtl.toSeconds() + 59) / 60);
        Map<String, String> values = Map.of("code", code, "minutes", Long.toString(minutes));
        return replace(template, MESSAGE_PLACEHOLDER, values, UnaryOperator.identity());
    }

    static GatewayRequest request(OtpConfig.Http http, String phoneE164, String code, String message) {
        Map<String, String> values = Map.of(
                "phone", phoneE164,
                "phoneNational", OtpPhones.national(phoneE164),
                "phoneDigits", phoneE164.substring(1),
                "code", code,
                "message", message);
        String url = replace(http.url().orElseThrow(), BODY_PLACEHOLDER, values, GatewayTemplates::urlEncode);
        String body = replace(http.bodyTemplate(), BODY_PLACEHOLDER, values, bodyEscaper(http.contentType()));
        return new GatewayRequest(http.method().toUpperCase(Locale.ROOT), url, Map.copyOf(http.headers()),
                http.contentType(), body);
    }

    static UnaryOperator<String> bodyEscaper(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        if (type.endsWith("json")) {
            return GatewayTemplates::jsonEscape;
        }
        if (type.endsWith("xml")) {
            return GatewayTemplates::xmlEscape;
        }
        if (type.equals("application/x-www-form-urlencoded")) {
            return GatewayTemplates::urlEncode;
        }
        return UnaryOperator.identity();
    }

    /** The inside of a JSON string literal (without the quotes). */
    static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String xmlEscape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }

    static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String replace(String template, Pattern placeholder, Map<String, String> values,
            UnaryOperator<String> escape) {
        Matcher matcher = placeholder.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(values.get(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

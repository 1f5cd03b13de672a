package vn.lienlac.platform.gateway;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configured gateway call with {@code {name}} placeholders, as the OTP sender (identity) and the SMS channel
 * (notifications) read it from their configuration. Placeholders are replaced in one pass, so a value is never itself
 * searched for placeholders, and each value is escaped for the place it lands in: URL-encoded in the URL; in the body
 * JSON-escaped, XML-escaped or URL-encoded according to the content type, else as is. A {@code {name}} that is not
 * among the values is left as it is (a JSON body keeps its own braces).
 */
public record GatewayTemplate(String method, String url, Map<String, String> headers, String contentType,
        String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    public GatewayTemplate {
        method = method.toUpperCase(Locale.ROOT);
        headers = Map.copyOf(headers);
    }

    public GatewayRequest render(Map<String, String> values) {
        return new GatewayRequest(method, replace(url, values, GatewayTemplate::urlEncode), headers, contentType,
                replace(body, values, bodyEscaper(contentType)));
    }

    /** Fills the placeholders of a text (no escaping), e.g. a message template. */
    public static String fill(String template, Map<String, String> values) {
        return replace(template, values, UnaryOperator.identity());
    }

    /** The placeholder names a template uses, e.g. {@code [title, body]}. */
    public static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The phone placeholders: {phone} +84912345678, {phoneNational} 0912345678, {phoneDigits} 84912345678. */
    public static Map<String, String> phoneValues(String phoneE164) {
        return Map.of("phone", phoneE164, "phoneNational", GatewayPhones.national(phoneE164),
                "phoneDigits", phoneE164.substring(1));
    }

    public static UnaryOperator<String> bodyEscaper(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        if (type.endsWith("json")) {
            return GatewayTemplate::jsonEscape;
        }
        if (type.endsWith("xml")) {
            return GatewayTemplate::xmlEscape;
        }
        if (type.equals("application/x-www-form-urlencoded")) {
            return GatewayTemplate::urlEncode;
        }
        return UnaryOperator.identity();
    }

    /** The inside of a JSON string literal (without the quotes). */
    public static String jsonEscape(String value) {
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

    public static String xmlEscape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }

    public static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String replace(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : escape.apply(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

package vn.lienlac.notifications.sms;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.platform.gateway.GatewayTemplate;

/**
 * The SMS text of an item, from its kind's template (built in, or {@code lienlac.notifications.sms.texts.<kind>})
 * filled with the message: {title}, {body}, {url} and every template parameter of {@link Message#params()} by name.
 * GSM-7 templates are transliterated after filling (docs/notifications.md, "SMS texts").
 */
final class SmsTexts {

    private static final String DETAILS = " Xem chi tiết trong ứng dụng Liên Lạc.";
    private static final Map<ItemKind, String> BUILT_IN = new EnumMap<>(Map.of(
            ItemKind.GRADE, "{title}. {body}" + DETAILS,
            ItemKind.ATTENDANCE, "Thông báo điểm danh. {title}. {body}" + DETAILS,
            ItemKind.HEALTH, "Thông báo sức khỏe. {title}. {body}" + DETAILS,
            ItemKind.ACTIVITY, "{title}. {body}" + DETAILS,
            ItemKind.CHAT, "{title}: {body}",
            ItemKind.DIRECTIVE, "Văn bản chỉ đạo. {title}. {body}" + DETAILS,
            ItemKind.REMINDER, "Nhắc việc. {title}. {body}" + DETAILS,
            ItemKind.INVITATION, "{body}",
            ItemKind.COMMENT, "{title}. {body}" + DETAILS,
            ItemKind.ASSESSMENT, "{title}. {body}" + DETAILS));

    private final SmsConfig config;

    SmsTexts(SmsConfig config) {
        this.config = config;
    }

    /** A text ready to send, or the reason there is none. */
    record Text(String text, SmsEncoding encoding, String problem) {
    }

    Text render(ItemKind kind, Message message) {
        String key = kind.name().toLowerCase(Locale.ROOT);
        String template = config.texts().getOrDefault(key, BUILT_IN.get(kind));
        SmsEncoding encoding = config.encodings().getOrDefault(key, config.encoding());
        Map<String, String> values = new HashMap<>(message.params());
        put(values, "title", message.title());
        put(values, "body", message.body());
        put(values, "url", message.url());
        List<String> missing = GatewayTemplate.placeholders(template).stream()
                .filter(name -> !values.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            return new Text(null, encoding, "SMS text for " + key + " needs " + missing + ", the message has none");
        }
        String text = Normalizer.normalize(GatewayTemplate.fill(template, values), Normalizer.Form.NFC).strip();
        return new Text(encoding == SmsEncoding.GSM7 ? Gsm7.transliterate(text) : text, encoding, null);
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}

package vn.lienlac.notifications.endpoints;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * What a push endpoint must look like before it is stored (docs/notifications.md, "The policy"): a Web Push
 * subscription is an https URL with a P-256 public key (65 bytes) and a 16-byte auth secret, both base64url; an FCM
 * registration token and an APNs device token are plain tokens of a sane length and alphabet.
 */
public final class EndpointRules {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+={0,2}");
    private static final Pattern FCM_TOKEN = Pattern.compile("[A-Za-z0-9_:.\\-]{20,4096}");
    private static final Pattern APNS_TOKEN = Pattern.compile("(?:[0-9a-fA-F]{2}){32,100}");
    private static final Pattern APNS_TOPIC = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,254}");
    private static final int MAX_URL = 2048;
    /**
     * The push services browsers subscribe at (Chrome and Samsung Internet: FCM; Firefox: Mozilla autopush; Safari:
     * Apple; Edge: Windows Push Notification Services). A subscription anywhere else is refused, so nobody can make
     * the server post to an address of their choosing (an internal service, say).
     */
    private static final List<String> PUSH_SERVICE_HOSTS = List.of("fcm.googleapis.com", "android.googleapis.com",
            "updates.push.services.mozilla.com", "push.services.mozilla.com", "push.apple.com",
            "notify.windows.com");

    private EndpointRules() {
    }

    /** A request checked and normalised: the channel, the address, the keys to store (or null). */
    public record Valid(ChannelName channel, String address, Map<String, Object> keys) {
    }

    public static Valid check(EndpointRequest request) {
        if (request == null) {
            throw invalid("Cần nội dung JSON {channel, address, keys}.");
        }
        ChannelName channel = channel(request.channel());
        String address = request.address();
        if (address == null || address.isBlank()) {
            throw invalid("Cần địa chỉ nhận thông báo (address).");
        }
        return switch (channel) {
            case WEB_PUSH -> new Valid(channel, webPushUrl(address), webPushKeys(request.keys()));
            case FCM -> {
                require(FCM_TOKEN.matcher(address).matches(), "Mã thiết bị FCM (address) không hợp lệ.");
                require(request.keys() == null || request.keys().isEmpty(), "Kênh FCM không nhận khóa (keys).");
                yield new Valid(channel, address, null);
            }
            case APNS -> {
                require(APNS_TOKEN.matcher(address).matches(),
                        "Mã thiết bị APNs (address) phải là chuỗi thập lục phân (64–200 ký tự).");
                yield new Valid(channel, address.toLowerCase(java.util.Locale.ROOT), apnsKeys(request.keys()));
            }
            default -> throw invalid("Kênh không hợp lệ (channel): chỉ nhận WEB_PUSH, FCM hoặc APNS.");
        };
    }

    private static ChannelName channel(String name) {
        try {
            ChannelName channel = ChannelName.valueOf(name == null ? "" : name);
            if (channel.push()) {
                return channel;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw invalid("Kênh không hợp lệ (channel): chỉ nhận WEB_PUSH, FCM hoặc APNS.");
    }

    private static String webPushUrl(String address) {
        require(address.length() <= MAX_URL, "Địa chỉ Web Push (address) quá dài.");
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw invalid("Địa chỉ Web Push (address) phải là một URL https.");
        }
        require("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty()
                && uri.getUserInfo() == null && uri.getFragment() == null,
                "Địa chỉ Web Push (address) phải là một URL https.");
        String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
        require(PUSH_SERVICE_HOSTS.stream().anyMatch(known -> host.equals(known) || host.endsWith("." + known)),
                "Địa chỉ Web Push (address) phải thuộc một dịch vụ push của trình duyệt (Google, Mozilla, Apple, "
                        + "Microsoft).");
        return address;
    }

    private static Map<String, Object> webPushKeys(Map<String, Object> keys) {
        require(keys != null && keys.keySet().equals(Set.of("p256dh", "auth")),
                "Kênh Web Push cần đúng hai khóa p256dh và auth (keys).");
        byte[] p256dh = base64url(keys.get("p256dh"), "p256dh");
        require(p256dh.length == 65 && p256dh[0] == 0x04,
                "Khóa p256dh phải là khóa công khai P-256 không nén (65 byte, base64url).");
        require(base64url(keys.get("auth"), "auth").length == 16, "Khóa auth phải dài 16 byte (base64url).");
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("p256dh", keys.get("p256dh"));
        stored.put("auth", keys.get("auth"));
        return stored;
    }

    private static Map<String, Object> apnsKeys(Map<String, Object> keys) {
        if (keys == null || keys.isEmpty()) {
            return null;
        }
        require(Set.of("topic", "sandbox").containsAll(keys.keySet()) && keys.get("topic") instanceof String topic
                && APNS_TOPIC.matcher(topic).matches()
                && (keys.get("sandbox") == null || keys.get("sandbox") instanceof Boolean),
                "Khóa của kênh APNs phải là {topic: mã ứng dụng, sandbox: true/false}.");
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("topic", keys.get("topic"));
        stored.put("sandbox", Boolean.TRUE.equals(keys.get("sandbox")));
        return stored;
    }

    private static byte[] base64url(Object value, String name) {
        if (value instanceof String text && BASE64URL.matcher(text).matches() && text.length() <= 200) {
            try {
                return Base64.getUrlDecoder().decode(text.replace("=", ""));
            } catch (IllegalArgumentException e) {
                // answered below
            }
        }
        throw invalid("Khóa " + name + " phải là chuỗi base64url.");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw invalid(message);
        }
    }

    private static ApiException invalid(String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message);
    }
}

package vn.lienlac.notifications.webpush;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;
import vn.lienlac.notifications.outbox.Message;

/**
 * What the service worker gets (docs/notifications.md, "Web Push"): the JSON {@code {title, body, url, tag}}, small
 * enough for a push service once encrypted, and the {@code Topic} header that lets a newer message replace an
 * undelivered older one.
 */
final class PushPayload {

    /** RFC 8030 §7.2 and RFC 8291 §4: push services take 4096 bytes of encrypted body. */
    static final int MAX_ENCRYPTED = 4096;
    /** aes128gcm with one record: salt 16, record size 4, key length 1, key 65; padding delimiter 1, tag 16. */
    static final int OVERHEAD = 16 + 4 + 1 + 65 + 1 + 16;
    static final int MAX_PLAINTEXT = MAX_ENCRYPTED - OVERHEAD;

    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private PushPayload() {
    }

    /** The JSON as UTF-8, the body shortened (with "…") when the whole would not fit; null when even that fails. */
    static byte[] json(Message message) {
        String body = message.body() == null ? "" : message.body();
        while (true) {
            JsonObject json = new JsonObject().put("title", message.title()).put("body", body)
                    .put("url", message.url());
            if (message.collapseKey() != null) {
                json.put("tag", message.collapseKey());
            }
            byte[] bytes = json.encode().getBytes(StandardCharsets.UTF_8);
            if (bytes.length <= MAX_PLAINTEXT) {
                return bytes;
            }
            if (body.isEmpty()) {
                return null;
            }
            int over = bytes.length - MAX_PLAINTEXT;
            int keep = Math.max(0, body.codePointCount(0, body.length()) - Math.max(1, over / 4) - 1);
            body = body.substring(0, body.offsetByCodePoints(0, keep)) + "…";
            if (keep == 0) {
                body = "";
            }
        }
    }

    /**
     * The {@code Topic} header (RFC 8030 §5.4: at most 32 characters of the URL-safe base64 alphabet) for a collapse
     * key: the key itself when it already is one, else the first 32 characters of its SHA-256 in base64url (so
     * "chat:12" and "chat:13" stay apart); null without a key.
     */
    static String topic(String collapseKey) {
        if (collapseKey == null || collapseKey.isEmpty()) {
            return null;
        }
        if (TOPIC.matcher(collapseKey).matches()) {
            return collapseKey;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(collapseKey.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}

package vn.lienlac.notifications.webpush;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.Base64;

/**
 * A browser subscription's keys (RFC 8291 §3, the {@code keys} of {@code PushSubscription.toJSON()}): the user
 * agent's P-256 public key (65 bytes, uncompressed) and its 16-byte authentication secret.
 */
record SubscriptionKeys(byte[] p256dh, byte[] auth) {

    /** From the endpoint's keys JSON ({"p256dh": base64url, "auth": base64url}); null when they are unusable. */
    static SubscriptionKeys parse(String keysJson) {
        if (keysJson == null) {
            return null;
        }
        try {
            JsonObject keys = new JsonObject(keysJson);
            byte[] p256dh = decode(keys.getValue("p256dh"));
            byte[] auth = decode(keys.getValue("auth"));
            if (p256dh == null || auth == null || p256dh.length != 65 || p256dh[0] != 4 || auth.length != 16) {
                return null;
            }
            return new SubscriptionKeys(p256dh, auth);
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
    }

    private static byte[] decode(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            // Browsers give base64url without padding; accept padded and standard base64 too.
            return Base64.getUrlDecoder().decode(text.trim().replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

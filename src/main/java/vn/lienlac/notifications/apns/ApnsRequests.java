package vn.lienlac.notifications.apns;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.Message;

/** The headers and JSON payload of one APNs request (docs/notifications.md shows one). */
final class ApnsRequests {

    /** APNs refuses a longer apns-collapse-id (BadCollapseId); a longer key is left out rather than cut. */
    static final int MAX_COLLAPSE_ID_BYTES = 64;

    private ApnsRequests() {
    }

    /** The endpoint's keys ({@code {"topic","sandbox"}}), empty when it has none. */
    static JsonObject keys(Attempt attempt) {
        if (attempt.keys() == null || attempt.keys().isBlank()) {
            return new JsonObject();
        }
        try {
            return new JsonObject(attempt.keys());
        } catch (DecodeException | ClassCastException notAnObject) {
            return new JsonObject();
        }
    }

    static Map<String, String> headers(Attempt attempt, String topic, Instant expiresAt) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("apns-topic", topic);
        headers.put("apns-push-type", "alert");
        headers.put("apns-priority", attempt.urgent() || attempt.kind().important() ? "10" : "5");
        headers.put("apns-expiration", Long.toString(expiresAt.getEpochSecond()));
        headers.put("apns-id", attempt.idempotencyKey().toString());
        String collapse = attempt.message().collapseKey();
        if (collapse != null && collapse.getBytes(StandardCharsets.UTF_8).length <= MAX_COLLAPSE_ID_BYTES) {
            headers.put("apns-collapse-id", collapse);
        }
        return headers;
    }

    static JsonObject payload(Attempt attempt, String sound) {
        Message message = attempt.message();
        JsonObject body = new JsonObject()
                .put("aps", new JsonObject()
                        .put("alert", new JsonObject().put("title", message.title()).put("body", message.body()))
                        .put("sound", sound))
                .put("kind", attempt.kind().name());
        if (message.url() != null) {
            body.put("url", message.url());
        }
        return body;
    }
}

package vn.lienlac.notifications.fcm;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.Message;

/** The HTTP v1 {@code messages:send} body for one attempt (docs/notifications.md shows one). */
final class FcmMessages {

    private FcmMessages() {
    }

    static JsonObject body(Attempt attempt, Duration ttl) {
        Message message = attempt.message();
        JsonObject data = new JsonObject()
                .put("id", attempt.idempotencyKey().toString())
                .put("kind", attempt.kind().name());
        if (message.url() != null) {
            data.put("url", message.url());
        }
        JsonObject android = new JsonObject()
                .put("priority", attempt.urgent() || attempt.kind().important() ? "HIGH" : "NORMAL")
                .put("ttl", ttl.toSeconds() + "s");
        if (message.collapseKey() != null) {
            android.put("collapse_key", message.collapseKey());
        }
        return new JsonObject().put("message", new JsonObject()
                .put("token", attempt.address())
                .put("notification", new JsonObject().put("title", message.title()).put("body", message.body()))
                .put("data", data)
                .put("android", android));
    }
}

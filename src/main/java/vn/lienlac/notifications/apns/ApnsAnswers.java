package vn.lienlac.notifications.apns;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Set;
import vn.lienlac.notifications.outbox.SendResult;

/** What an APNs answer ({@code :status}, {@code apns-id}, a JSON body {@code {"reason"}}) means for the outbox. */
final class ApnsAnswers {

    /** The reasons that say the device token is gone for good. */
    private static final Set<String> GONE = Set.of("BadDeviceToken", "Unregistered", "ExpiredToken");

    private ApnsAnswers() {
    }

    static SendResult of(int status, String apnsId, String body, Duration retryAfter) {
        if (status == 200) {
            return new SendResult.Sent(apnsId, false, 0, null);
        }
        String reason = reason(body);
        String text = "APNs " + status + " " + reason;
        if (status == 410 || GONE.contains(reason)) {
            return new SendResult.Gone(text);
        }
        if (status == 429 || status >= 500 || "ExpiredProviderToken".equals(reason)) {
            return new SendResult.Retry(retryAfter, text); // ExpiredProviderToken: the channel signs a new JWT
        }
        return new SendResult.Rejected(text);
    }

    static String reason(String body) {
        try {
            return body == null || body.isBlank() ? "" : new JsonObject(body).getString("reason", "");
        } catch (DecodeException | ClassCastException notJson) {
            return "";
        }
    }
}

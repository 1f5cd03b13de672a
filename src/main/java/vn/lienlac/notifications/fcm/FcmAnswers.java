package vn.lienlac.notifications.fcm;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import vn.lienlac.notifications.outbox.SendResult;

/**
 * What an FCM HTTP v1 answer means for the outbox. Errors come as
 * {@code {"error":{"code","message","status","details":[{"@type":"…FcmError","errorCode"}, {"@type":"…BadRequest",
 * "fieldViolations":[{"field"}]}]}}}.
 */
final class FcmAnswers {

    private FcmAnswers() {
    }

    /** The result of a {@code messages:send} answer; {@code retryAfter} is the parsed Retry-After header or null. */
    static SendResult of(int status, String body, Duration retryAfter) {
        JsonObject json = parse(body);
        if (status == 200) {
            return new SendResult.Sent(json.getString("name"), false, 0, null);
        }
        JsonObject error = json.getJsonObject("error", new JsonObject());
        String code = errorCode(error);
        String text = "FCM " + status + " " + code + ": " + error.getString("message", "");
        if ("UNREGISTERED".equals(code) || status == 404 || (status == 400 && tokenInvalid(error))) {
            return new SendResult.Gone(text);
        }
        if (status == 429 || status >= 500) {
            return new SendResult.Retry(retryAfter, text);
        }
        if (status == 401 && !"THIRD_PARTY_AUTH_ERROR".equals(code)) {
            return new SendResult.Retry(null, text); // our bearer: the channel drops it and fetches a new one
        }
        return new SendResult.Rejected(text);
    }

    /** FCM's own code (UNREGISTERED, QUOTA_EXCEEDED, …), else the Google status (INVALID_ARGUMENT, …). */
    private static String errorCode(JsonObject error) {
        for (Object detail : error.getJsonArray("details", new JsonArray())) {
            if (detail instanceof JsonObject d && d.getString("@type", "").endsWith("google.firebase.fcm.v1.FcmError")
                    && d.getString("errorCode") != null && !"INVALID_ARGUMENT".equals(d.getString("errorCode"))) {
                return d.getString("errorCode");
            }
        }
        return error.getString("status", "UNKNOWN");
    }

    /** An INVALID_ARGUMENT about {@code message.token}: the token is malformed or not a registration token. */
    private static boolean tokenInvalid(JsonObject error) {
        for (Object detail : error.getJsonArray("details", new JsonArray())) {
            if (detail instanceof JsonObject d && d.getString("@type", "").endsWith("google.rpc.BadRequest")) {
                for (Object violation : d.getJsonArray("fieldViolations", new JsonArray())) {
                    if (violation instanceof JsonObject v && "message.token".equals(v.getString("field"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static JsonObject parse(String body) {
        try {
            return body == null || body.isBlank() ? new JsonObject() : new JsonObject(body);
        } catch (DecodeException | ClassCastException notJson) {
            return new JsonObject();
        }
    }
}

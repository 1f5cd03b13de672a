package vn.lienlac.notifications.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Locale;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.OutboxReceipts;
import vn.lienlac.platform.Sha256;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.gateway.JsonAnswers;

/**
 * Zalo's webhook events for ZNS (docs/notifications.md, "Delivery receipts"). Each is signed: header
 * {@code X-ZEvent-Signature} = {@code mac=} + hex sha256(app id + the body as sent + the body's {@code timestamp} + the
 * OA secret key). A wrong or missing signature → 401. {@code user_received_message} marks the row with that
 * {@code msg_id} DELIVERED; other events and unknown message ids are acknowledged and ignored (Zalo disables a
 * webhook that does not answer 200).
 */
@ApplicationScoped
public class ZaloWebhook {

    static final String RECEIVED = "user_received_message";
    private static final String BAD_SIGNATURE = "Chữ ký sự kiện Zalo không hợp lệ.";

    private final ZaloConfig config;
    private final OutboxReceipts receipts;
    private final Clock clock;

    public ZaloWebhook(ZaloConfig config, OutboxReceipts receipts, Clock clock) {
        this.config = config;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** Answers whether a row became DELIVERED. */
    public Uni<Boolean> receive(String body, String signature) {
        JsonNode event = JsonAnswers.parse(body);
        if (!signed(body, JsonAnswers.text(event, "/timestamp"), signature)) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.UNAUTHENTICATED, BAD_SIGNATURE));
        }
        String msgId = JsonAnswers.text(event, "/message/msg_id");
        if (!RECEIVED.equals(JsonAnswers.text(event, "/event_name")) || msgId == null) {
            return Uni.createFrom().item(false);
        }
        return receipts.delivered(ChannelName.ZALO, msgId, clock.instant());
    }

    private boolean signed(String body, String timestamp, String signature) {
        if (config.appId().isEmpty() || config.oaSecretKey().isEmpty() || body == null || timestamp == null
                || signature == null) {
            return false;
        }
        String given = signature.strip().toLowerCase(Locale.ROOT);
        given = given.startsWith("mac=") ? given.substring(4) : given;
        String expected = Sha256.hex((config.appId().get() + body + timestamp + config.oaSecretKey().get())
                .getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}

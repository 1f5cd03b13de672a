package vn.lienlac.notifications.sms;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.OutboxReceipts;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.gateway.JsonAnswers;

/**
 * An SMS gateway's delivery report (docs/notifications.md, "Delivery receipts"): authenticated by the shared secret
 * in the configured header (401 otherwise), JSON with the gateway's message id and a status at configured pointers.
 * A delivered status marks the row DELIVERED, a failed one FAILED; other statuses and unknown ids are acknowledged
 * and ignored.
 */
@ApplicationScoped
public class SmsReceipts {

    private static final String BAD_SECRET = "Khóa xác thực báo cáo gửi tin không hợp lệ.";
    private static final String NO_ID = "Báo cáo gửi tin thiếu mã tin nhắn.";

    private final SmsConfig.Receipts config;
    private final OutboxReceipts receipts;
    private final Clock clock;

    public SmsReceipts(SmsConfig config, OutboxReceipts receipts, Clock clock) {
        this.config = config.receipts();
        this.receipts = receipts;
        this.clock = clock;
    }

    /** The header the secret comes in. */
    public String header() {
        return config.header();
    }

    /** Answers whether a row changed. */
    public Uni<Boolean> receive(String body, String secret) {
        if (config.secret().isEmpty() || secret == null || !MessageDigest.isEqual(
                config.secret().get().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.UNAUTHENTICATED, BAD_SECRET));
        }
        JsonNode report = JsonAnswers.parse(body);
        String id = JsonAnswers.text(report, config.idPointer());
        if (id == null || id.isBlank()) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.VALIDATION_FAILED, NO_ID));
        }
        String status = JsonAnswers.text(report, config.statusPointer());
        if (config.deliveredValues().contains(status)) {
            return receipts.delivered(ChannelName.SMS, id, clock.instant());
        }
        if (config.failedValues().contains(status)) {
            return receipts.undelivered(ChannelName.SMS, id, "SMS not delivered: " + status, clock.instant());
        }
        return Uni.createFrom().item(false);
    }
}

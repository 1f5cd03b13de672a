package vn.lienlac.notifications.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.lienlac.notifications.outbox.sending.SenderMetrics;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * A provider's delivery receipt, by the id it gave when it took the message (the Zalo and SMS receipt endpoints call
 * this). A receipt for a row that is not SENT (already delivered, read, unknown) changes nothing: providers repeat
 * receipts.
 */
@ApplicationScoped
public class OutboxReceipts {

    private final Pool pool;
    private final SenderMetrics metrics;

    public OutboxReceipts(Pool pool, SenderMetrics metrics) {
        this.pool = pool;
        this.metrics = metrics;
    }

    /** The message reached the phone or device: SENT → DELIVERED. Answers whether a row changed. */
    public Uni<Boolean> delivered(ChannelName channel, String providerId, Instant at) {
        return pool.preparedQuery("UPDATE outbox SET state = 'DELIVERED', delivered_at = $3"
                        + " WHERE channel = $1 AND provider_id = $2 AND state = 'SENT'")
                .execute(Tuple.of(channel.name(), providerId, SqlTimes.of(at)))
                .map(rows -> rows.rowCount() > 0)
                .invoke(changed -> {
                    if (changed) {
                        metrics.delivered(channel);
                    }
                });
    }

    /**
     * The provider could not deliver it after all (the phone is off for days, not a subscriber): SENT → FAILED, so
     * the item's next step may go. Answers whether a row changed.
     */
    public Uni<Boolean> undelivered(ChannelName channel, String providerId, String error, Instant at) {
        return pool.preparedQuery("UPDATE outbox SET state = 'FAILED', error = $3, finished_at = $4"
                        + " WHERE channel = $1 AND provider_id = $2 AND state = 'SENT'")
                .execute(Tuple.of(channel.name(), providerId, error, SqlTimes.of(at)))
                .map(rows -> rows.rowCount() > 0)
                .invoke(changed -> {
                    if (changed) {
                        metrics.failed(channel, "undelivered");
                    }
                });
    }
}

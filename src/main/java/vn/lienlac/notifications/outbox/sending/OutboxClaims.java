package vn.lienlac.notifications.outbox.sending;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Claims due rows in one statement: the inner SELECT locks them with FOR UPDATE SKIP LOCKED (two pods never take the
 * same row; a row whose claim another pod just committed is re-checked against its new lease and left out), the
 * UPDATE leases them to this pod and counts the attempt, and the outer SELECT joins what the sender needs of the item
 * and the push endpoint. A row of a later step is not taken while a row of an earlier step of its item is still
 * QUEUED (postponed, not sent).
 */
@ApplicationScoped
public class OutboxClaims {

    private static final String CLAIM = """
            WITH due AS (
                SELECT o.id FROM outbox o
                WHERE o.state = 'QUEUED' AND o.channel = $1 AND o.due_at <= $2
                  AND (o.claimed_until IS NULL OR o.claimed_until <= $2)
                  AND NOT EXISTS (SELECT 1 FROM outbox e
                                  WHERE e.item_id = o.item_id AND e.step < o.step AND e.state = 'QUEUED')
                ORDER BY o.due_at
                LIMIT $3
                FOR UPDATE OF o SKIP LOCKED
            ), claimed AS (
                UPDATE outbox o SET claimed_by = $4, claimed_until = $5, attempts = o.attempts + 1
                FROM due WHERE o.id = due.id
                RETURNING o.id, o.item_id, o.step, o.channel, o.endpoint_id, o.address, o.expires_at, o.attempts,
                          o.idempotency_key
            )
            SELECT c.*, i.kind, i.urgent, i.read_at, i.message, i.school_id, i.district_id,
                   p.address AS endpoint_address, p.keys, p.session_id,
                   EXISTS (SELECT 1 FROM outbox e WHERE e.item_id = c.item_id AND e.step < c.step
                           AND e.state IN ('SENT', 'DELIVERED', 'READ')) AS reached
            FROM claimed c
            JOIN outbox_item i ON i.id = c.item_id
            LEFT JOIN push_endpoint p ON p.id = c.endpoint_id
            """;

    private final Pool pool;

    public OutboxClaims(Pool pool) {
        this.pool = pool;
    }

    /** Leases up to {@code limit} due rows of one channel to {@code pod} until now + lease. */
    Uni<List<Claim>> claim(ChannelName channel, int limit, String pod, Instant now, Duration lease) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(channel.name(), SqlTimes.of(now), limit, pod, SqlTimes.of(now.plus(lease))))
                .map(rows -> {
                    List<Claim> claims = new ArrayList<>(rows.size());
                    rows.forEach(row -> claims.add(Claim.of(row)));
                    return claims;
                });
    }

    /** Due QUEUED rows (of every channel), for the gauge. */
    Uni<Long> countDue(Instant now) {
        return pool.preparedQuery("SELECT count(*) FROM outbox WHERE state = 'QUEUED' AND due_at <= $1")
                .execute(Tuple.of(SqlTimes.of(now)))
                .map(rows -> rows.iterator().next().getLong(0));
    }
}

package vn.lienlac.notifications.outbox.sending;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import vn.lienlac.notifications.outbox.SendResult;
import vn.lienlac.platform.sql.GroupedStatement;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Writes a claimed row's outcome. Every statement names the claim (claimed_by and the attempt count it set), so an
 * outcome that comes after the lease passed and another claim took the row changes nothing. Each answers whether the
 * row changed. Outcomes that come together are written together, one transaction for a group
 * ({@link GroupedStatement}): one commit for many sends rather than one each.
 */
@ApplicationScoped
public class OutboxFinishes {

    private static final String CLAIM_IS_OURS = " WHERE id = $1 AND claimed_by = $2 AND attempts = $3";
    /** Outcomes written together at most, in one transaction (see {@link GroupedStatement}). */
    private static final int GROUP = 256;

    private static final String SENT = "UPDATE outbox SET state = CASE WHEN state = 'QUEUED' THEN $4 ELSE state END,"
            + " provider_id = $5, sent_at = $6, delivered_at = CASE WHEN $4 = 'DELIVERED' THEN $6 END,"
            + " cost_units = $7, segments = $8, error = NULL, claimed_until = NULL, finished_at = $6" + CLAIM_IS_OURS;
    private static final String RETRY = "UPDATE outbox SET due_at = $4, error = $5, claimed_until = NULL"
            + CLAIM_IS_OURS + " AND state = 'QUEUED'";
    private static final String END = "UPDATE outbox SET state = $4, error = $5, finished_at = $6, claimed_until = NULL"
            + CLAIM_IS_OURS + " AND state = 'QUEUED'";
    private static final String NEXT_STEP_NOW = """
            UPDATE outbox n SET due_at = $2
            WHERE n.item_id = $1 AND n.state = 'QUEUED' AND n.due_at > $2
              AND n.step = (SELECT min(x.step) FROM outbox x WHERE x.item_id = $1 AND x.state = 'QUEUED')
              AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.item_id = $1 AND e.step < n.step
                              AND e.state IN ('QUEUED', 'SENT', 'DELIVERED', 'READ'))""";

    private final Pool pool;
    private final GroupedStatement sent;
    private final GroupedStatement retry;
    private final GroupedStatement end;
    private final GroupedStatement nextStepNow;

    public OutboxFinishes(Pool pool) {
        this.pool = pool;
        this.sent = new GroupedStatement(pool, SENT, GROUP);
        this.retry = new GroupedStatement(pool, RETRY, GROUP);
        this.end = new GroupedStatement(pool, END, GROUP);
        this.nextStepNow = new GroupedStatement(pool, NEXT_STEP_NOW, GROUP);
    }

    /**
     * The provider took it: SENT (or DELIVERED). A row the person read while it was in flight keeps its state but
     * records the send.
     */
    Uni<Boolean> sent(Claim claim, String pod, SendResult.Sent sent, Instant now) {
        String state = sent.delivered() ? "DELIVERED" : "SENT";
        return update(this.sent, claim, pod, state, sent.providerId(), SqlTimes.of(now), sent.costUnits(),
                sent.segments() == null ? null : sent.segments().shortValue());
    }

    /** Back to QUEUED, due again at {@code dueAt}, with the error kept. */
    Uni<Boolean> retry(Claim claim, String pod, Instant dueAt, String error) {
        return update(this.retry, claim, pod, SqlTimes.of(dueAt), error);
    }

    /**
     * Ends the row: FAILED, EXPIRED or SKIPPED, with the error or the reason. When that leaves the item's next step
     * with nothing that reached the person or is still trying, the next step is due now rather than at the end of
     * the read window: a guardian whose push is gone, or who has no Zalo, gets the SMS at once.
     */
    Uni<Boolean> end(Claim claim, String pod, String state, String error, Instant now) {
        return update(this.end, claim, pod, state, error, SqlTimes.of(now))
                .call(changed -> changed && !StepRules.READ.equals(error) ? nextStepNow(claim, now)
                        : Uni.createFrom().voidItem());
    }

    /** FAILED because the address is gone, and its push endpoint removed (other rows to it keep no endpoint). */
    Uni<Boolean> gone(Claim claim, String pod, String error, Instant now) {
        return pool.preparedQuery("WITH failed AS (UPDATE outbox SET state = 'FAILED', error = $4, finished_at = $5,"
                        + " claimed_until = NULL" + CLAIM_IS_OURS + " AND state = 'QUEUED' RETURNING endpoint_id),"
                        + " removed AS (DELETE FROM push_endpoint WHERE id IN (SELECT endpoint_id FROM failed))"
                        + " SELECT count(*) FROM failed")
                .execute(Tuple.from(Arrays.asList(claim.id(), pod, claim.attempts(), error, SqlTimes.of(now))))
                .map(rows -> rows.iterator().next().getLong(0) > 0)
                .call(changed -> changed ? nextStepNow(claim, now) : Uni.createFrom().voidItem());
    }

    /** Brings the item's earliest queued step forward to now when every row of the steps before it ended unreached. */
    private Uni<Void> nextStepNow(Claim claim, Instant now) {
        return nextStepNow.execute(Tuple.of(claim.itemId(), SqlTimes.of(now))).replaceWithVoid();
    }

    private static Uni<Boolean> update(GroupedStatement statement, Claim claim, String pod, Object... more) {
        Object[] params = new Object[3 + more.length];
        params[0] = claim.id();
        params[1] = pod;
        params[2] = claim.attempts();
        System.arraycopy(more, 0, params, 3, more.length);
        return statement.execute(Tuple.from(Arrays.asList(params))).map(rows -> rows.rowCount() > 0);
    }
}

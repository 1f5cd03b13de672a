package vn.lienlac.notifications;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Writes outbox items and rows straight into the tables, as the policy would, for the sender's tests; reads a row
 * back. Blocking on purpose: call it from test methods.
 */
@ApplicationScoped
public class OutboxFixture {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicLong GUARDIANS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** One outbox row as the tests look at it. */
    public record OutboxRow(long id, String state, int attempts, String error, Instant dueAt, String providerId,
            UUID idempotencyKey, int costUnits, Long endpointId, String claimedBy) {
    }

    private final Pool pool;

    public OutboxFixture(Pool pool) {
        this.pool = pool;
    }

    /** A new item for a new guardian, created at {@code now}. */
    public long item(ItemKind kind, boolean urgent, Long schoolId, Long districtId, Instant now) {
        String ref = kind.name().toLowerCase() + ":" + UUID.randomUUID();
        JsonObject message = new JsonObject().put("title", "Điểm mới: Toán").put("body", "Con đạt 9 điểm kiểm tra.")
                .put("url", "/hop-thu/1").put("template", "grade").put("params", new JsonObject().put("mon", "Toán"));
        return id("INSERT INTO outbox_item (kind, item_ref, recipient, school_id, district_id, urgent, message,"
                + " created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id", kind.name(), ref,
                "g:" + GUARDIANS.incrementAndGet(), schoolId, districtId, urgent, message, SqlTimes.of(now));
    }

    /** A QUEUED row due at {@code due}, expiring a day later. */
    public long row(long item, int step, ChannelName channel, String phone, Long endpoint, Instant due) {
        return row(item, step, channel, phone, endpoint, due, due.plus(Duration.ofDays(1)), 0);
    }

    public long row(long item, int step, ChannelName channel, String phone, Long endpoint, Instant due,
            Instant expires, int attempts) {
        return id("INSERT INTO outbox (item_id, step, channel, endpoint_id, address, due_at, expires_at, attempts,"
                + " idempotency_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, gen_random_uuid(), $6)"
                + " RETURNING id", item, (short) step, channel.name(), endpoint, phone, SqlTimes.of(due),
                SqlTimes.of(expires), attempts);
    }

    /**
     * {@code n} items of a new school-less kind GRADE, each with one QUEUED step-0 row of the channel to a phone of
     * its own, due now; answers the rows' ids.
     */
    public java.util.List<Long> bulk(int n, ChannelName channel, Instant now) {
        String prefix = "bulk:" + UUID.randomUUID() + ":";
        java.util.List<Long> ids = new java.util.ArrayList<>();
        pool.preparedQuery("WITH items AS (INSERT INTO outbox_item (kind, item_ref, recipient, message, created_at)"
                        + " SELECT 'GRADE', $1 || g, 'g:' || ($2 + g), '{\"title\":\"Điểm mới\"}'::jsonb, $3"
                        + " FROM generate_series(1, $4) g RETURNING id)"
                        + " INSERT INTO outbox (item_id, step, channel, address, due_at, expires_at, idempotency_key,"
                        + " created_at) SELECT id, 0, $5, '+849' || lpad(id::text, 8, '0'), $3, $3 + interval '1 day',"
                        + " gen_random_uuid(), $3 FROM items RETURNING id")
                .execute(Tuple.from(Arrays.asList(prefix, GUARDIANS.addAndGet(n) - n, SqlTimes.of(now), n,
                        channel.name())))
                .await().atMost(TIMEOUT).forEach(row -> ids.add(row.getLong(0)));
        return ids;
    }

    /** A push endpoint of a new participant; its address is unique. */
    public long endpoint(ChannelName channel, String address) {
        return id("INSERT INTO push_endpoint (participant, channel, address, created_at) VALUES ($1, $2, $3, now())"
                + " RETURNING id", "g:" + GUARDIANS.incrementAndGet(), channel.name(), address);
    }

    /**
     * A push endpoint registered by a sign-in session of a new account, the session revoked (signed out) or not. The
     * account and session rows are identity's; written here as identity writes them.
     */
    public long endpointOfSession(ChannelName channel, String address, boolean signedOut) {
        java.util.UUID account = java.util.UUID.randomUUID();
        java.util.UUID session = java.util.UUID.randomUUID();
        execute("INSERT INTO account (id, staff_code, created_at) VALUES ($1, $2, now())", account,
                "ENDPOINT-" + account);
        execute("INSERT INTO auth_session (id, account_id, created_at, last_used_at, expires_at, revoked_at,"
                + " revoke_reason) VALUES ($1, $2, now(), now(), now() + interval '30 days',"
                + " CASE WHEN $3 THEN now() END, CASE WHEN $3 THEN 'LOGOUT' END)", session, account, signedOut);
        return id("INSERT INTO push_endpoint (participant, channel, address, session_id, created_at)"
                + " VALUES ($1, $2, $3, $4, now()) RETURNING id", "g:" + GUARDIANS.incrementAndGet(), channel.name(),
                address, session);
    }

    public void markRead(long item, Instant at) {
        execute("UPDATE outbox_item SET read_at = $2 WHERE id = $1", item, SqlTimes.of(at));
    }

    /** Sets a row's state by hand (an earlier step's outcome). */
    public void setState(long row, String state) {
        execute("UPDATE outbox SET state = $2 WHERE id = $1", row, state);
    }

    public OutboxRow get(long id) {
        Row row = pool.preparedQuery("SELECT * FROM outbox WHERE id = $1").execute(Tuple.of(id))
                .await().atMost(TIMEOUT).iterator().next();
        return new OutboxRow(id, row.getString("state"), row.getInteger("attempts"), row.getString("error"),
                SqlTimes.instant(row, "due_at"), row.getString("provider_id"), row.getUUID("idempotency_key"),
                row.getInteger("cost_units"), row.getLong("endpoint_id"), row.getString("claimed_by"));
    }

    public long count(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(Arrays.asList(params))).await().atMost(TIMEOUT)
                .iterator().next().getLong(0);
    }

    public void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(Arrays.asList(params))).await().atMost(TIMEOUT);
    }

    private long id(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(Arrays.asList(params))).await().atMost(TIMEOUT)
                .iterator().next().getLong(0);
    }
}

package vn.lienlac.identity.otp;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.lienlac.platform.locks.LockNamespace;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The tables of one-time codes ({@code otp_challenge}, {@code otp_verify_attempt}). Counting and writing happen under
 * transaction-scoped advisory locks, so that concurrent requests on any pod cannot both slip under a limit.
 */
@ApplicationScoped
class OtpStore {

    /**
     * Holds the IP's and the phone's locks ({@link LockNamespace#OTP_CLIENT_IP}, {@link LockNamespace#OTP_PHONE})
     * until the transaction ends. Lock order: client IP, then phone — every transaction here takes both in this
     * order, so none waits in a cycle.
     */
    Uni<Void> lock(SqlConnection conn, String clientIp, String phone) {
        return LockNamespace.OTP_CLIENT_IP.lockHashed(conn, clientIp)
                .chain(() -> LockNamespace.OTP_PHONE.lockHashed(conn, phone));
    }

    /**
     * The phone's latest request, and for each hourly limit the oldest request that keeps it reached: with
     * {@code limit} requests in the window, the limit-th newest (OFFSET limit - 1), whose leaving frees a slot.
     */
    Uni<OtpThrottles.RequestWindow> requestWindow(SqlConnection conn, String phone, String clientIp,
            Instant windowStart, int phoneLimit, int ipLimit) {
        return conn.preparedQuery("""
                        SELECT (SELECT max(created_at) FROM otp_challenge WHERE phone = $1) AS last_request,
                               (SELECT created_at FROM otp_challenge WHERE phone = $1 AND created_at > $3
                                 ORDER BY created_at DESC OFFSET $4 LIMIT 1) AS phone_limit_oldest,
                               (SELECT created_at FROM otp_challenge WHERE client_ip = $2 AND created_at > $3
                                 ORDER BY created_at DESC OFFSET $5 LIMIT 1) AS ip_limit_oldest""")
                .execute(Tuple.of(phone, clientIp, SqlTimes.of(windowStart), phoneLimit - 1, ipLimit - 1))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new OtpThrottles.RequestWindow(SqlTimes.instant(row, "last_request"),
                            SqlTimes.instant(row, "phone_limit_oldest"), SqlTimes.instant(row, "ip_limit_oldest"));
                });
    }

    Uni<Void> insert(SqlConnection conn, String phone, String codeHash, String clientIp, Instant createdAt,
            Instant expiresAt) {
        return conn.preparedQuery("INSERT INTO otp_challenge (phone, code_hash, client_ip, created_at, expires_at) "
                        + "VALUES ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(phone, codeHash, clientIp, SqlTimes.of(createdAt), SqlTimes.of(expiresAt)))
                .replaceWithVoid();
    }

    /** Like the limits in {@link #requestWindow}, over the IP's code entries; null while under the limit. */
    Uni<Instant> verifyLimitOldest(SqlConnection conn, String clientIp, Instant windowStart, int limit) {
        return conn.preparedQuery("SELECT attempted_at FROM otp_verify_attempt WHERE client_ip = $1 "
                        + "AND attempted_at > $2 ORDER BY attempted_at DESC OFFSET $3 LIMIT 1")
                .execute(Tuple.of(clientIp, SqlTimes.of(windowStart), limit - 1))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    return it.hasNext() ? SqlTimes.instant(it.next(), "attempted_at") : null;
                });
    }

    Uni<Void> recordVerify(SqlConnection conn, String clientIp, Instant at) {
        return conn.preparedQuery("INSERT INTO otp_verify_attempt (client_ip, attempted_at) VALUES ($1, $2)")
                .execute(Tuple.of(clientIp, SqlTimes.of(at)))
                .replaceWithVoid();
    }

    /** The phone's latest challenge, locked for update; null when it never had one. */
    Uni<StoredChallenge> latest(SqlConnection conn, String phone) {
        return conn.preparedQuery("SELECT id, code_hash, expires_at, attempts, consumed_at FROM otp_challenge "
                        + "WHERE phone = $1 ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE")
                .execute(Tuple.of(phone))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return null;
                    }
                    Row row = it.next();
                    return new StoredChallenge(row.getLong("id"), row.getString("code_hash"),
                            SqlTimes.instant(row, "expires_at"), row.getInteger("attempts"),
                            SqlTimes.instant(row, "consumed_at"));
                });
    }

    Uni<Void> consume(SqlConnection conn, long id, Instant at) {
        return conn.preparedQuery("UPDATE otp_challenge SET consumed_at = $2 WHERE id = $1")
                .execute(Tuple.of(id, SqlTimes.of(at)))
                .replaceWithVoid();
    }

    Uni<Void> countWrongCode(SqlConnection conn, long id) {
        return conn.preparedQuery("UPDATE otp_challenge SET attempts = attempts + 1 WHERE id = $1")
                .execute(Tuple.of(id))
                .replaceWithVoid();
    }

    /** Deletes challenges and code entries from before the cutoff; returns how many rows went. */
    Uni<Integer> deleteOlderThan(SqlClient client, Instant cutoff) {
        Tuple params = Tuple.of(SqlTimes.of(cutoff));
        return client.preparedQuery("DELETE FROM otp_challenge WHERE created_at < $1").execute(params)
                .chain(challenges -> client.preparedQuery("DELETE FROM otp_verify_attempt WHERE attempted_at < $1")
                        .execute(params)
                        .map(attempts -> challenges.rowCount() + attempts.rowCount()));
    }
}

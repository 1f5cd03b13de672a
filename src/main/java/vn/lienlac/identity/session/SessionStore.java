package vn.lienlac.identity.session;

import static vn.lienlac.platform.sql.SqlTimes.instant;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The {@code auth_session} table. A session is live while it is neither revoked nor past its absolute
 * {@code expires_at}.
 *
 * <p>Lock order, to stay free of deadlocks: an {@code account} row before that account's sessions (sign-in,
 * password change); a {@code refresh_token} row before its session (refresh). Nothing locks an account while
 * holding a session.
 */
@ApplicationScoped
public class SessionStore {

    /** A live session's account and the end of its absolute lifetime. */
    public record LiveSession(UUID accountId, Instant expiresAt) {
    }

    private static final String LIVE = "revoked_at IS NULL AND expires_at > $%d";

    /** A new session of the account; returns its id. */
    public Uni<UUID> open(SqlClient client, UUID accountId, DeviceInfo device, Instant now, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        return client.preparedQuery("""
                        INSERT INTO auth_session (id, account_id, device_name, user_agent, client_ip, created_at,
                                                  last_used_at, expires_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $6, $7)""")
                .execute(Tuple.tuple(Arrays.asList(id, accountId, device.deviceName(), device.userAgent(),
                        device.clientIp(), SqlTimes.of(now), SqlTimes.of(expiresAt))))
                .replaceWith(id);
    }

    /** Revokes the account's oldest live sessions beyond the newest {@code keep}; returns how many. */
    public Uni<Integer> keepNewest(SqlClient client, UUID accountId, int keep, Instant now) {
        return client.preparedQuery("""
                        UPDATE auth_session SET revoked_at = $3, revoke_reason = 'SESSION_LIMIT'
                        WHERE id IN (SELECT id FROM auth_session
                                     WHERE account_id = $1 AND %s
                                     ORDER BY created_at DESC, id OFFSET $2)""".formatted(LIVE.formatted(3)))
                .execute(Tuple.of(accountId, keep, SqlTimes.of(now)))
                .map(rows -> rows.rowCount());
    }

    /**
     * Marks a live session used and locks it until the transaction ends; a null item when the session is revoked or
     * past its lifetime.
     */
    public Uni<LiveSession> use(SqlClient client, UUID id, Instant now) {
        return client.preparedQuery("UPDATE auth_session SET last_used_at = $2 WHERE id = $1 AND "
                        + LIVE.formatted(2) + " RETURNING account_id, expires_at")
                .execute(Tuple.of(id, SqlTimes.of(now)))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return null;
                    }
                    Row row = it.next();
                    return new LiveSession(row.getUUID("account_id"), instant(row, "expires_at"));
                });
    }

    /** The account whose live session this is, or a null item: the per-request check of access tokens. */
    public Uni<UUID> liveAccount(SqlClient client, UUID id, Instant now) {
        return client.preparedQuery("SELECT account_id FROM auth_session WHERE id = $1 AND " + LIVE.formatted(2))
                .execute(Tuple.of(id, SqlTimes.of(now)))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    return it.hasNext() ? it.next().getUUID("account_id") : null;
                });
    }

    /** Those of the sessions that are still live: what long-lived connections re-check now and then. */
    public Uni<Set<UUID>> stillLive(SqlClient client, UUID[] ids, Instant now) {
        return client.preparedQuery("SELECT id FROM auth_session WHERE id = ANY($1) AND " + LIVE.formatted(2))
                .execute(Tuple.of(ids, SqlTimes.of(now)))
                .map(rows -> {
                    Set<UUID> live = new HashSet<>();
                    rows.forEach(row -> live.add(row.getUUID("id")));
                    return live;
                });
    }

    /** Revokes the session unless it already is; false when it was not live. */
    public Uni<Boolean> revoke(SqlClient client, UUID id, RevokeReason reason, Instant now) {
        return client.preparedQuery("""
                        UPDATE auth_session SET revoked_at = $2, revoke_reason = $3
                        WHERE id = $1 AND revoked_at IS NULL""")
                .execute(Tuple.of(id, SqlTimes.of(now), reason.name()))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Revokes one live session of this account; false when the account has no such live session. */
    public Uni<Boolean> revokeOwn(SqlClient client, UUID accountId, UUID id, RevokeReason reason, Instant now) {
        return client.preparedQuery("""
                        UPDATE auth_session SET revoked_at = $3, revoke_reason = $4
                        WHERE id = $1 AND account_id = $2 AND %s""".formatted(LIVE.formatted(3)))
                .execute(Tuple.of(id, accountId, SqlTimes.of(now), reason.name()))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Revokes every live session of the account except {@code keep} (null: all of them); returns how many. */
    public Uni<Integer> revokeAll(SqlClient client, UUID accountId, UUID keep, RevokeReason reason, Instant now) {
        return client.preparedQuery("""
                        UPDATE auth_session SET revoked_at = $3, revoke_reason = $4
                        WHERE account_id = $1 AND id IS DISTINCT FROM $2 AND %s""".formatted(LIVE.formatted(3)))
                .execute(Tuple.of(accountId, keep, SqlTimes.of(now), reason.name()))
                .map(rows -> rows.rowCount());
    }

    /** The account's live sessions, most recently used first. */
    public Uni<List<SessionInfo>> live(SqlClient client, UUID accountId, UUID current, Instant now) {
        return client.preparedQuery("""
                        SELECT id, device_name, user_agent, client_ip, created_at, last_used_at
                        FROM auth_session WHERE account_id = $1 AND %s
                        ORDER BY last_used_at DESC, id""".formatted(LIVE.formatted(2)))
                .execute(Tuple.of(accountId, SqlTimes.of(now)))
                .map(rows -> {
                    List<SessionInfo> sessions = new ArrayList<>();
                    for (Row row : rows) {
                        UUID id = row.getUUID("id");
                        sessions.add(new SessionInfo(id, row.getString("device_name"), row.getString("user_agent"),
                                row.getString("client_ip"), instant(row, "created_at"), instant(row, "last_used_at"),
                                id.equals(current)));
                    }
                    return sessions;
                });
    }
}

package vn.lienlac.notifications.endpoints;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.lienlac.identity.session.CallerSession;
import vn.lienlac.identity.session.SessionClaims;
import vn.lienlac.notifications.policy.CallerParticipants;
import vn.lienlac.notifications.policy.PolicyDefaults;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The signed-in person's push endpoints (docs/notifications.md, "Push endpoints"). An endpoint belongs to one person:
 * registering a (channel, address) that someone else registered moves it to the caller (a shared tablet now signed in
 * by another parent). A person keeps at most {@code max-endpoints}; one more removes their least recently registered.
 */
@ApplicationScoped
public class PushEndpoints {

    private static final String COLUMNS = "id, channel, address, created_at, last_used_at, session_id";

    private final Pool pool;
    private final CallerParticipants callers;
    private final SessionClaims sessions;
    private final PolicyDefaults policy;
    private final Clock clock;

    public PushEndpoints(Pool pool, CallerParticipants callers, SessionClaims sessions, PolicyDefaults policy,
            Clock clock) {
        this.pool = pool;
        this.callers = callers;
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    public Uni<Registration> register(SecurityIdentity identity, EndpointRequest request, String userAgent) {
        UUID session = session(identity);
        String agent = userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 300));
        return callers.of(identity).chain(own -> {
            EndpointRules.Valid valid = EndpointRules.check(request);
            return pool.withTransaction(conn -> conn.preparedQuery("""
                        INSERT INTO push_endpoint (participant, channel, address, keys, session_id, user_agent,
                                                   created_at)
                        VALUES ($1, $2, $3, $4::text::jsonb, $5, $6, $7)
                        ON CONFLICT (channel, address) DO UPDATE
                        SET participant = excluded.participant, keys = excluded.keys, session_id = excluded.session_id,
                            user_agent = excluded.user_agent, created_at = excluded.created_at
                        RETURNING %s, (xmax = 0) AS inserted""".formatted(COLUMNS))
                .execute(Tuple.tuple(Arrays.asList(own.get(0).toString(), valid.channel().name(),
                        valid.address(), valid.keys() == null ? null : new JsonObject(valid.keys()).encode(), session,
                        agent, SqlTimes.of(clock.instant()))))
                .chain(rows -> {
                    Row row = rows.iterator().next();
                    Registration registration = new Registration(view(row, session), row.getBoolean("inserted"));
                    return conn.preparedQuery("""
                                    DELETE FROM push_endpoint WHERE id IN (
                                        SELECT id FROM push_endpoint WHERE participant = ANY($1)
                                        ORDER BY created_at DESC, id DESC OFFSET $2)""")
                            .execute(Tuple.of(CallerParticipants.texts(own), policy.maxEndpoints()))
                            .replaceWith(registration);
                }));
        });
    }

    public Uni<List<EndpointView>> mine(SecurityIdentity identity) {
        UUID session = session(identity);
        return callers.of(identity).chain(own -> pool.preparedQuery("SELECT " + COLUMNS
                        + " FROM push_endpoint WHERE participant = ANY($1) ORDER BY created_at DESC, id DESC")
                .execute(Tuple.of(CallerParticipants.texts(own)))
                .map(rows -> {
                    List<EndpointView> views = new ArrayList<>();
                    for (Row row : rows) {
                        views.add(view(row, session));
                    }
                    return views;
                }));
    }

    /** Removes one of the caller's endpoints; 404 for anyone else's, as for an unknown id. */
    public Uni<Void> remove(SecurityIdentity identity, long id) {
        return callers.of(identity).chain(own -> pool.preparedQuery(
                        "DELETE FROM push_endpoint WHERE id = $1 AND participant = ANY($2)")
                .execute(Tuple.of(id, CallerParticipants.texts(own)))
                .invoke(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new ApiException(ErrorCode.NOT_FOUND, "Không tìm thấy thiết bị nhận thông báo này.");
                    }
                })
                .replaceWithVoid());
    }

    private UUID session(SecurityIdentity identity) {
        return sessions.of(identity).map(CallerSession::sessionId).orElse(null);
    }

    private static EndpointView view(Row row, UUID session) {
        return new EndpointView(row.getLong("id"), row.getString("channel"), row.getString("address"),
                SqlTimes.instant(row, "created_at"), SqlTimes.instant(row, "last_used_at"),
                session != null && Objects.equals(session, row.getUUID("session_id")));
    }
}

package vn.lienlac.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The audit log: append-only, queried by admins. Entries are written where the audited work happens, either in
 * the same transaction (an import and its entry commit or roll back together) or on their own (an attempt that
 * must be logged even when the caller then fails).
 */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, action, outcome, actor, subject, school_code, client_ip,
                                     correlation_id, details)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""";
    private static final String SELECT = """
            SELECT id, occurred_at, action, outcome, actor, subject, school_code, client_ip, correlation_id, details
            FROM audit_event""";

    private final Pool pool;
    private final Clock clock;

    public AuditLog(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Appends in the caller's transaction (so an import and its audit entry commit together). */
    public Uni<Void> record(SqlConnection conn, AuditEntry entry) {
        return insert(conn, entry);
    }

    /**
     * Appends in its own short transaction (sign-in attempts, which must be logged even when the caller fails):
     * one statement on a pooled connection, committed when it returns.
     */
    public Uni<Void> record(AuditEntry entry) {
        return insert(pool, entry);
    }

    /** The events matching the query, newest first (ties in time: the later-recorded first). */
    public Uni<AuditPage> query(AuditQuery query) {
        AuditFilter filter = AuditFilter.of(query);
        int limit = filter.parameter(query.size() + 1);
        int offset = filter.parameter(query.offset());
        String sql = SELECT + filter.where() + " ORDER BY occurred_at DESC, id DESC LIMIT $" + limit + " OFFSET $"
                + offset;
        return pool.preparedQuery(sql).execute(filter.tuple()).map(rows -> {
            List<AuditEvent> events = new ArrayList<>(rows.size());
            rows.forEach(row -> events.add(event(row)));
            boolean hasMore = events.size() > query.size();
            return new AuditPage(hasMore ? events.subList(0, query.size()) : events, query.page(), query.size(),
                    hasMore);
        });
    }

    private Uni<Void> insert(SqlClient client, AuditEntry entry) {
        return client.preparedQuery(INSERT)
                .execute(Tuple.tuple(Arrays.asList(clock.instant().atOffset(ZoneOffset.UTC), entry.action().name(),
                        entry.outcome().name(), entry.actor(), entry.subject(), entry.schoolCode(), entry.clientIp(),
                        entry.correlationId(), new JsonObject(entry.details()))))
                .replaceWithVoid();
    }

    private static AuditEvent event(Row row) {
        return new AuditEvent(row.getLong("id"), row.getOffsetDateTime("occurred_at").toInstant(),
                AuditAction.valueOf(row.getString("action")), AuditOutcome.valueOf(row.getString("outcome")),
                row.getString("actor"), row.getString("subject"), row.getString("school_code"),
                row.getString("client_ip"), row.getString("correlation_id"),
                JsonValues.plain(row.getJsonObject("details")));
    }
}

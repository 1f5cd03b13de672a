package vn.lienlac.chat.membership;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Reads and changes a school's chat settings. A change is stored and applied in one transaction: turning the
 * parents groups on creates them with their members, turning them off removes every member (the groups and their
 * history stay). Who may call is the caller's business (the REST resource asks the access policy).
 */
@ApplicationScoped
public class SchoolChatSettingsService {

    private final Pool pool;
    private final Clock clock;
    private final ChatSchools schools;
    private final RosterReconciler membership;
    private final AuditLog audit;

    SchoolChatSettingsService(Pool pool, Clock clock, ChatSchools schools, RosterReconciler membership,
            AuditLog audit) {
        this.pool = pool;
        this.clock = clock;
        this.schools = schools;
        this.membership = membership;
        this.audit = audit;
    }

    /** The school's settings; fails with NOT_FOUND for an unknown school. */
    public Uni<SchoolChatSettings> get(String schoolCode) {
        return pool.preparedQuery("""
                        SELECT s.code, coalesce(cs.parents_groups, false) AS parents_groups, cs.updated_at
                        FROM directory_schools s LEFT JOIN chat_school_settings cs ON cs.school_id = s.id
                        WHERE s.code = $1""")
                .execute(Tuple.of(schoolCode))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        throw notFound(schoolCode);
                    }
                    Row row = it.next();
                    return new SchoolChatSettings(row.getString("code"), row.getBoolean("parents_groups"),
                            SqlTimes.instant(row, "updated_at"));
                });
    }

    /**
     * Stores the settings and reconciles the school's groups at once; setting the same value changes nothing. A
     * change is written to the audit log in the same transaction.
     *
     * @param actor         the caller's principal name, for the audit log
     * @param correlationId the request's correlation id, for the audit log
     */
    public Uni<SchoolChatSettings> put(String schoolCode, boolean parentsGroups, String actor, String correlationId) {
        return schools.byCode(schoolCode)
                .onItem().ifNull().failWith(() -> notFound(schoolCode))
                .chain(school -> membership.reconcile(school, conn -> store(conn, school.id(), parentsGroups)
                        .chain(changed -> !changed ? Uni.createFrom().voidItem()
                                : audit.record(conn, new AuditEntry(AuditAction.CHAT_SETTINGS_CHANGED,
                                        AuditOutcome.SUCCESS, actor, schoolCode, schoolCode, null, correlationId,
                                        Map.of("parentsGroups", parentsGroups))))))
                .chain(() -> get(schoolCode));
    }

    /** Whether the stored settings changed (a first save of the defaults counts as a change). */
    private Uni<Boolean> store(SqlConnection conn, long schoolId, boolean parentsGroups) {
        return conn.preparedQuery("""
                        INSERT INTO chat_school_settings (school_id, parents_groups, updated_at) VALUES ($1, $2, $3)
                        ON CONFLICT (school_id) DO UPDATE
                            SET parents_groups = EXCLUDED.parents_groups, updated_at = EXCLUDED.updated_at
                            WHERE chat_school_settings.parents_groups <> EXCLUDED.parents_groups""")
                .execute(Tuple.of(schoolId, parentsGroups, SqlTimes.of(clock.instant())))
                .map(rows -> rows.rowCount() > 0);
    }

    private static ApiException notFound(String schoolCode) {
        return ApiException.notFound("Không tìm thấy trường " + schoolCode + ".");
    }
}

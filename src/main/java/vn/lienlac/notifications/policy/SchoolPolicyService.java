package vn.lienlac.notifications.policy;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Reads and replaces a school's departures from the default policy; a change is audited in the same transaction.
 * Who may call is the REST resource's business (the access policy).
 */
@ApplicationScoped
public class SchoolPolicyService {

    private static final int MIN_WINDOW = 5;
    private static final int MAX_WINDOW = 7 * 24 * 60;

    private final Pool pool;
    private final SchoolPolicies policies;
    private final PolicyDefaults defaults;
    private final AuditLog audit;
    private final Clock clock;

    public SchoolPolicyService(Pool pool, SchoolPolicies policies, PolicyDefaults defaults, AuditLog audit,
            Clock clock) {
        this.pool = pool;
        this.policies = policies;
        this.defaults = defaults;
        this.audit = audit;
        this.clock = clock;
    }

    public Uni<SchoolPolicyView> get(String schoolCode) {
        return pool.preparedQuery("""
                        SELECT s.code, p.quiet_from, p.quiet_until, p.kinds::text AS kinds, p.updated_at
                        FROM directory_schools s LEFT JOIN notification_school_policy p ON p.school_id = s.id
                        WHERE s.code = $1""")
                .execute(Tuple.of(schoolCode))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        throw ApiException.notFound("Không tìm thấy trường " + schoolCode + ".");
                    }
                    Row row = it.next();
                    SchoolOverrides changes = policies.overrides(row);
                    return SchoolPolicyView.of(row.getString("code"), defaults.apply(changes), changes,
                            SqlTimes.instant(row, "updated_at"));
                });
    }

    /** Replaces the school's departures with these (null fields and kinds left out: the defaults). */
    public Uni<SchoolPolicyView> put(String schoolCode, SchoolOverrides changes, String actor, String correlationId) {
        try {
            check(changes);
        } catch (ApiException e) {
            return Uni.createFrom().failure(e);
        }
        String kinds = policies.kindsJson(changes.kinds());
        return pool.withTransaction(conn -> conn.preparedQuery("""
                                INSERT INTO notification_school_policy
                                    (school_id, quiet_from, quiet_until, kinds, updated_at, updated_by)
                                SELECT s.id, $2, $3, $4::text::jsonb, $5, $6 FROM directory_schools s WHERE s.code = $1
                                ON CONFLICT (school_id) DO UPDATE
                                SET quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
                                    kinds = excluded.kinds, updated_at = excluded.updated_at,
                                    updated_by = excluded.updated_by
                                WHERE (notification_school_policy.quiet_from, notification_school_policy.quiet_until,
                                       notification_school_policy.kinds)
                                      IS DISTINCT FROM (excluded.quiet_from, excluded.quiet_until, excluded.kinds)
                                RETURNING school_id""")
                        .execute(Tuple.tuple(java.util.Arrays.asList(schoolCode, changes.quietFrom(),
                                changes.quietUntil(), kinds, SqlTimes.of(clock.instant()), actor)))
                        .chain(rows -> rows.rowCount() == 0 ? Uni.createFrom().voidItem()
                                : audit.record(conn, new AuditEntry(AuditAction.NOTIFICATION_POLICY_CHANGED,
                                        AuditOutcome.SUCCESS, actor, schoolCode, schoolCode, null, correlationId,
                                        details(changes)))))
                .chain(() -> get(schoolCode));
    }

    private static Map<String, Object> details(SchoolOverrides changes) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("quietFrom", changes.quietFrom() == null ? null : changes.quietFrom().toString());
        details.put("quietUntil", changes.quietUntil() == null ? null : changes.quietUntil().toString());
        Map<String, Object> kinds = new LinkedHashMap<>();
        changes.kinds().forEach((kind, o) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("mode", o.mode() == null ? null : o.mode().name());
            one.put("paidChannels", o.paidChannels() == null ? null
                    : o.paidChannels().stream().map(ChannelName::name).toList());
            one.put("readWindowMinutes", o.readWindowMinutes());
            kinds.put(kind.name(), one);
        });
        details.put("kinds", kinds);
        return details;
    }

    private static void check(SchoolOverrides changes) {
        changes.kinds().forEach((kind, o) -> {
            if (o == null) {
                throw invalid("Thiếu cấu hình cho loại " + kind + ".");
            }
            if (kind == ItemKind.CHAT && ((o.mode() != null && o.mode() != PaidMode.PUSH_ONLY)
                    || (o.paidChannels() != null && !o.paidChannels().isEmpty()))) {
                throw invalid("Tin nhắn trò chuyện (CHAT) không bao giờ gửi qua Zalo hay SMS.");
            }
            if (o.paidChannels() != null && (o.paidChannels().stream().anyMatch(c -> c == null || !c.paid())
                    || new HashSet<>(o.paidChannels()).size() != o.paidChannels().size())) {
                throw invalid("Kênh trả phí của loại " + kind + " chỉ gồm ZALO và SMS, mỗi kênh một lần.");
            }
            if (o.readWindowMinutes() != null
                    && (o.readWindowMinutes() < MIN_WINDOW || o.readWindowMinutes() > MAX_WINDOW)) {
                throw invalid("Thời gian chờ đọc của loại " + kind + " phải từ " + MIN_WINDOW + " đến " + MAX_WINDOW
                        + " phút.");
            }
        });
    }

    private static ApiException invalid(String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message);
    }
}

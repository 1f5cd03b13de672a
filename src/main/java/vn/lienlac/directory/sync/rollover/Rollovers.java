package vn.lienlac.directory.sync.rollover;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.ImportRequest;
import vn.lienlac.directory.sync.engine.ChangeLog;
import vn.lienlac.directory.sync.engine.School;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * The new school year (docs/import.md, "New school year"). A student snapshot that deactivates (no invalid rows)
 * and whose school year is later than some of the school's active classes is a rollover: besides the import's own
 * changes (students move to the new year's classes, those it does not list leave), the classes of earlier years
 * close, with their homerooms and teaching assignments. Chat sees the closed classes and closes their groups.
 *
 * <p>Once a year is closed, no import for it, or an earlier year, is accepted: {@link #requireOpen}.
 */
@ApplicationScoped
public class Rollovers {

    private final AuditLog audit;

    public Rollovers(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * The rollover of this import, or null when it is none (a delta, a snapshot with invalid rows, a school without
     * active classes of earlier years).
     *
     * @param currentClass    the class id of each of the school's active students with an active enrollment
     * @param existingClasses names of the classes of the import's year that exist already
     */
    public Uni<RolloverPlan> plan(SqlConnection conn, SyncContext ctx, Map<String, Long> currentClass,
            List<StudentRecord> records, Set<String> existingClasses, ChangeLog log) {
        if (!ctx.deactivateMissing() || ctx.school().office()) {
            return Uni.createFrom().nullItem();
        }
        return EarlierClasses.load(conn, ctx).map(earlier -> earlier.isEmpty() ? null
                : RolloverPlanner.plan(ctx.schoolYear(), earlier, currentClass, records, existingClasses, log));
    }

    /** Writes the rollover's own changes inside the import's transaction. */
    public Uni<Void> write(SqlConnection conn, SyncContext ctx, RolloverPlan plan) {
        return plan == null ? Uni.createFrom().voidItem() : RolloverWriter.write(conn, ctx, plan);
    }

    /** Audits an applied rollover as SCHOOL_YEAR_ROLLED_OVER, in the import's transaction. */
    public Uni<Void> audit(SqlConnection conn, UUID importId, ImportRequest request, Rollover rollover) {
        if (rollover == null) {
            return Uni.createFrom().voidItem();
        }
        int promoted = rollover.closing().stream()
                .mapToInt(c -> c.promotedTo().values().stream().mapToInt(Integer::intValue).sum()).sum();
        int left = rollover.closing().stream().mapToInt(Rollover.ClosingClass::left).sum();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromYears", rollover.fromYears());
        details.put("toYear", rollover.toYear());
        details.put("classesClosed", rollover.closing().size());
        details.put("classesOpened", rollover.opening().size());
        details.put("homeroomsEnded", rollover.homeroomsEnded());
        details.put("teachingEnded", rollover.teachingEnded());
        details.put("studentsPromoted", promoted);
        details.put("studentsLeft", left);
        return audit.record(conn, new AuditEntry(AuditAction.SCHOOL_YEAR_ROLLED_OVER, AuditOutcome.SUCCESS,
                request.actor(), importId.toString(), request.schoolCode(), null, null, details));
    }

    /**
     * Fails with 409 SCHOOL_YEAR_CLOSED when a rollover closed the import's school year (or a later one) for this
     * school: after the new year's roster, last year's classes take no more imports.
     */
    public Uni<Void> requireOpen(SqlConnection conn, School school, String schoolYear) {
        if (school.office()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("""
                        SELECT max(school_year) FILTER (WHERE closed_at IS NOT NULL) AS closed,
                               max(school_year) FILTER (WHERE active) AS open
                        FROM school_class WHERE school_id = $1""")
                .execute(Tuple.of(school.id()))
                .map(rows -> rows.iterator().next())
                .chain(row -> {
                    String closed = row.getString("closed");
                    if (closed == null || schoolYear.compareTo(closed) > 0) {
                        return Uni.createFrom().voidItem();
                    }
                    String open = row.getString("open");
                    String next = open == null ? "" : " Năm học hiện tại của trường là " + open + ".";
                    return Uni.createFrom().failure(new ApiException(ErrorCode.SCHOOL_YEAR_CLOSED,
                            "Năm học " + schoolYear + " của trường " + school.code() + " đã kết thúc: các lớp của "
                                    + "năm học này đã đóng khi trường nhập danh sách năm học mới, nên không nhận "
                                    + "thêm dữ liệu nhập cho năm học đó." + next));
                });
    }
}

package vn.lienlac.directory.sync;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.engine.EventWriter;
import vn.lienlac.directory.sync.engine.ImportRecorder;
import vn.lienlac.directory.sync.engine.KindSync;
import vn.lienlac.directory.sync.engine.School;
import vn.lienlac.directory.sync.engine.Schools;
import vn.lienlac.directory.sync.engine.SqlFailures;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.engine.SyncPlan;
import vn.lienlac.directory.sync.staff.StaffSync;
import vn.lienlac.directory.sync.rollover.Rollovers;
import vn.lienlac.directory.sync.students.StudentSync;

/**
 * Applies validated import records to the directory of one school, or (staff only) to the own staff of one district
 * office: an "office import", whose staff belong to no school (docs/import.md).
 *
 * <ul>
 *   <li>Dry run: loads and diffs in a read-only transaction and returns the report; writes nothing.</li>
 *   <li>Invalid rows without {@code skipInvalid}: records a REJECTED import (with its errors) and fails with
 *       IMPORT_REJECTED; the directory is not touched.</li>
 *   <li>Otherwise one transaction: the school's import lock (imports of one school run one after the other), then
 *       load, diff, bulk writes, the import row and the domain events. After commit, {@link DirectoryChanged} is
 *       fired asynchronously when anything changed (for an office import: for each school whose staff row it took
 *       over, since office staff are in no school's groups).</li>
 * </ul>
 * Before any of these the kind {@linkplain KindSync#screen screens} the valid records against the directory (a
 * school's import may not take over an office's staff member, nor an office's import a school's).
 */
@ApplicationScoped
public class DirectorySync {

    private final Pool pool;
    private final Clock clock;
    private final Schools schools;
    private final ImportRecorder recorder;
    private final StudentSync students;
    private final StaffSync staff;
    private final Event<DirectoryChanged> changed;
    private final Rollovers rollovers;

    public DirectorySync(Pool pool, Clock clock, Schools schools, ImportRecorder recorder, StudentSync students,
            StaffSync staff, Event<DirectoryChanged> changed, Rollovers rollovers) {
        this.rollovers = rollovers;
        this.pool = pool;
        this.clock = clock;
        this.schools = schools;
        this.recorder = recorder;
        this.students = students;
        this.staff = staff;
        this.changed = changed;
    }

    public Uni<ImportReport> syncStudents(ImportRequest request, ParsedBatch<StudentRecord> batch) {
        return sync(students, request, batch);
    }

    public Uni<ImportReport> syncStaff(ImportRequest request, ParsedBatch<StaffRecord> batch) {
        return sync(staff, request, batch);
    }

    /** An import of a district office's or a department's own staff ({@link ImportRequest#forOffice()}). */
    public Uni<ImportReport> syncOfficeStaff(ImportRequest request, ParsedBatch<StaffRecord> batch) {
        if (!request.forOffice()) {
            throw new IllegalArgumentException("An office import names an office, not a school");
        }
        return sync(staff, request, batch);
    }

    private <R, P extends SyncPlan> Uni<ImportReport> sync(KindSync<R, P> kind, ImportRequest request,
            ParsedBatch<R> batch) {
        if (request.mode() == null || request.format() == null || !SchoolYears.isValid(request.schoolYear())) {
            return Uni.createFrom().failure(ApiExceptions.badRequest(request));
        }
        if (request.forOffice() && kind != staff) {
            throw new IllegalArgumentException("Only staff are imported for an office");
        }
        Instant startedAt = clock.instant();
        return kind.screen(pool, request, batch).chain(screened -> branch(kind, request, screened, startedAt));
    }

    private <R, P extends SyncPlan> Uni<ImportReport> branch(KindSync<R, P> kind, ImportRequest request,
            ParsedBatch<R> batch, Instant startedAt) {
        if (request.dryRun()) {
            return dryRun(kind, request, batch, startedAt);
        }
        if (batch.hasErrors() && !request.skipInvalid()) {
            return reject(kind, request, batch, startedAt);
        }
        return apply(kind, request, batch, startedAt);
    }

    private <R, P extends SyncPlan> Uni<ImportReport> dryRun(KindSync<R, P> kind, ImportRequest request,
            ParsedBatch<R> batch, Instant startedAt) {
        return pool.withTransaction(conn -> conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .execute()
                .chain(() -> unit(conn, request))
                .call(school -> rollovers.requireOpen(conn, school, request.schoolYear()))
                .chain(school -> kind.plan(conn, context(school, request, batch, false, startedAt), batch.records()))
                .map(plan -> Reports.of(null, ImportStatus.DRY_RUN, kind.kind(), kind.primaryEntity(), request, batch,
                        plan)));
    }

    private <R, P extends SyncPlan> Uni<ImportReport> reject(KindSync<R, P> kind, ImportRequest request,
            ParsedBatch<R> batch, Instant startedAt) {
        int invalid = Reports.invalidRows(batch);
        ImportCounts counts = new ImportCounts(batch.rowCount(), 0, 0, 0, 0, invalid);
        return pool.withTransaction(conn -> unit(conn, request)
                        .call(school -> rollovers.requireOpen(conn, school, request.schoolYear()))
                        .call(school -> recorder.record(conn, UUID.randomUUID(), school, kind.kind(), request,
                                ImportStatus.REJECTED, counts, batch.errors(), startedAt)))
                .chain(() -> Uni.createFrom().failure(ApiExceptions.rejected(invalid, batch.errors())));
    }

    private <R, P extends SyncPlan> Uni<ImportReport> apply(KindSync<R, P> kind, ImportRequest request,
            ParsedBatch<R> batch, Instant startedAt) {
        UUID importId = UUID.randomUUID();
        return pool.withTransaction(conn -> unit(conn, request)
                        .call(school -> schools.lockForImport(conn, school))
                        .call(school -> rollovers.requireOpen(conn, school, request.schoolYear()))
                        .chain(school -> applyLocked(conn, school, importId, kind, request, batch, startedAt)))
                .onFailure().transform(SqlFailures::conflictOrSame)
                .invoke(applied -> {
                    if (!request.forOffice() && !applied.report().changes().isEmpty()) {
                        changed.fireAsync(new DirectoryChanged(request.schoolCode(), importId));
                    }
                    applied.schoolsLeft().forEach(code -> changed.fireAsync(new DirectoryChanged(code, importId)));
                })
                .map(Applied::report);
    }

    /** An applied import's report, and the other schools people left for its unit. */
    private record Applied(ImportReport report, Set<String> schoolsLeft) {
    }

    /** The school of the import, or the office of an office import; NOT_FOUND when there is none. */
    private Uni<School> unit(SqlConnection conn, ImportRequest request) {
        return switch (request.unit()) {
            case SCHOOL -> schools.find(conn, request.schoolCode());
            case DISTRICT_OFFICE -> schools.findOffice(conn, request.districtCode());
            case DEPARTMENT -> schools.findDepartment(conn, request.departmentCode());
        };
    }

    /** Load, diff and write, holding the school's import lock; the import row goes before the events that cite it. */
    private <R, P extends SyncPlan> Uni<Applied> applyLocked(SqlConnection conn, School school, UUID importId,
            KindSync<R, P> kind, ImportRequest request, ParsedBatch<R> batch, Instant startedAt) {
        SyncContext ctx = context(school, request, batch, true, clock.instant());
        return kind.plan(conn, ctx, batch.records()).chain(plan -> {
            ImportReport report = Reports.of(importId, ImportStatus.APPLIED, kind.kind(), kind.primaryEntity(),
                    request, batch, plan);
            return kind.write(conn, ctx, plan)
                    .chain(() -> recorder.record(conn, importId, school, kind.kind(), request, ImportStatus.APPLIED,
                            report.counts(), batch.errors(), startedAt))
                    .chain(() -> rollovers.audit(conn, importId, request, report.rollover()))
                    .chain(() -> EventWriter.write(conn, ctx, importId, plan.log().events(), plan.ids()))
                    .replaceWith(new Applied(report, Set.copyOf(plan.schoolsLeft())));
        });
    }

    private static SyncContext context(School school, ImportRequest request, ParsedBatch<?> batch, boolean forUpdate,
            Instant now) {
        boolean deactivateMissing = request.mode() == ImportMode.SNAPSHOT && !batch.hasErrors();
        return new SyncContext(school, request.schoolYear(), request.mode(), deactivateMissing, forUpdate, now);
    }
}

package vn.lienlac.directory.sync.engine;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.directory.importing.RowError;
import vn.lienlac.directory.sync.ImportCounts;
import vn.lienlac.directory.sync.ImportKind;
import vn.lienlac.directory.sync.ImportRequest;
import vn.lienlac.directory.sync.ImportStatus;

/**
 * Writes the {@code directory_import} row of an applied or rejected import, and its audit entry in the same
 * transaction. The entry has no correlation id (the request is not known here) and leaves the file name and the row
 * errors out (they may name people); the import id leads to both.
 */
@ApplicationScoped
public class ImportRecorder {

    /** How many row errors the log keeps per import; the total is kept in {@code error_count}. */
    static final int MAX_ERRORS_KEPT = 500;

    private final Clock clock;
    private final AuditLog audit;

    public ImportRecorder(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    /** Records the import, finished now, and audits it as IMPORT_APPLIED or IMPORT_REJECTED. */
    public Uni<Void> record(SqlConnection conn, UUID id, School school, ImportKind kind, ImportRequest request,
            ImportStatus status, ImportCounts counts, List<RowError> errors, Instant startedAt) {
        Instant finishedAt = clock.instant();
        return conn.preparedQuery("""
                        INSERT INTO directory_import (id, school_id, district_office_id, department_id, kind, mode,
                            format, status, school_year, skip_invalid, file_name, file_sha256, actor, row_count, created_count,
                            updated_count, deactivated_count, unchanged_count, invalid_count, errors, error_count,
                            started_at, finished_at, actor_name)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
                            $19, $20, $21, $22, $23, $24)""")
                .execute(Params.of(id, school.id(), school.office() ? school.districtOfficeId() : null,
                        school.departmentId(), kind.name(), request.mode().name(), request.format().name(),
                        status.name(), request.schoolYear(), request.skipInvalid(), request.fileName(),
                        Objects.requireNonNullElse(request.fileSha256(), ""),
                        Objects.requireNonNullElse(request.actor(), ""),
                        counts.rows(), counts.created(), counts.updated(), counts.deactivated(), counts.unchanged(),
                        counts.invalid(), json(errors), errors.size(), startedAt.atOffset(ZoneOffset.UTC),
                        finishedAt.atOffset(ZoneOffset.UTC), request.actorName()))
                .chain(() -> audit.record(conn, auditEntry(id, school, kind, request, status, counts, errors)));
    }

    private static AuditEntry auditEntry(UUID id, School school, ImportKind kind, ImportRequest request,
            ImportStatus status, ImportCounts counts, List<RowError> errors) {
        boolean applied = status == ImportStatus.APPLIED;
        Map<String, Object> details = new LinkedHashMap<>();
        switch (school.unit()) {
            case DISTRICT_OFFICE -> details.put("districtCode", school.code());
            case DEPARTMENT -> details.put("departmentCode", school.code());
            case SCHOOL -> { }
        }
        details.put("kind", kind.name());
        details.put("mode", request.mode().name());
        details.put("format", request.format().name());
        details.put("schoolYear", request.schoolYear());
        details.put("skipInvalid", request.skipInvalid());
        details.put("fileSha256", request.fileSha256());
        details.put("counts", Map.of("rows", counts.rows(), "created", counts.created(), "updated", counts.updated(),
                "deactivated", counts.deactivated(), "unchanged", counts.unchanged(), "invalid", counts.invalid()));
        details.put("errorCount", errors.size());
        return new AuditEntry(applied ? AuditAction.IMPORT_APPLIED : AuditAction.IMPORT_REJECTED,
                applied ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, request.actor(), id.toString(),
                school.office() ? null : school.code(),
                null, null, details);
    }

    private static JsonArray json(List<RowError> errors) {
        JsonArray array = new JsonArray();
        for (RowError error : errors.subList(0, Math.min(errors.size(), MAX_ERRORS_KEPT))) {
            array.add(new JsonObject()
                    .put("row", error.row())
                    .put("column", error.column())
                    .put("code", error.code())
                    .put("message", error.message()));
        }
        return array;
    }
}

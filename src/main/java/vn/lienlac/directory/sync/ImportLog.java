package vn.lienlac.directory.sync;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.lienlac.directory.importing.ImportFormat;
import vn.lienlac.directory.sync.engine.Schools;

/** The recorded imports (applied and rejected) of a school, or of a district office's or department's own staff. */
@ApplicationScoped
public class ImportLog {

    /** The most imports one listing returns. */
    static final int MAX_LIMIT = 500;

    private static final String SELECT = """
            SELECT i.id, s.code AS school_code, i.kind, i.mode, i.format, i.status, i.school_year, i.skip_invalid,
                   i.file_name, i.file_sha256, i.actor, i.row_count, i.created_count, i.updated_count,
                   i.deactivated_count, i.unchanged_count, i.invalid_count, i.started_at, i.finished_at,
                   i.error_count, d.code AS district_code, dep.code AS department_code, i.actor_name
            FROM directory_import i
            LEFT JOIN school s ON s.id = i.school_id
            LEFT JOIN district_office d ON d.id = i.district_office_id
            LEFT JOIN department dep ON dep.id = i.department_id
            """;

    private final Pool pool;
    private final Schools schools;

    public ImportLog(Pool pool, Schools schools) {
        this.pool = pool;
        this.schools = schools;
    }

    /** The school's imports, newest first, at most {@code limit} (1 to 500); NOT_FOUND for an unknown school. */
    public Uni<List<ImportSummary>> listForSchool(String schoolCode, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        return schools.find(pool, schoolCode)
                .chain(school -> pool.preparedQuery(
                                SELECT + "WHERE i.school_id = $1 ORDER BY i.started_at DESC, i.id LIMIT $2")
                        .execute(Tuple.of(school.id(), bounded)))
                .map(rows -> {
                    List<ImportSummary> list = new ArrayList<>();
                    rows.forEach(row -> list.add(summary(row)));
                    return list;
                });
    }

    /** The office's imports of its own staff, newest first, as {@link #listForSchool}; NOT_FOUND for an unknown office. */
    public Uni<List<ImportSummary>> listForOffice(String districtCode, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        return schools.findOffice(pool, districtCode)
                .chain(office -> pool.preparedQuery(
                                SELECT + "WHERE i.district_office_id = $1 ORDER BY i.started_at DESC, i.id LIMIT $2")
                        .execute(Tuple.of(office.districtOfficeId(), bounded)))
                .map(rows -> {
                    List<ImportSummary> list = new ArrayList<>();
                    rows.forEach(row -> list.add(summary(row)));
                    return list;
                });
    }

    /** The department's imports of its own staff, as {@link #listForSchool}; NOT_FOUND for an unknown department. */
    public Uni<List<ImportSummary>> listForDepartment(String departmentCode, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        return schools.findDepartment(pool, departmentCode)
                .chain(department -> pool.preparedQuery(
                                SELECT + "WHERE i.department_id = $1 ORDER BY i.started_at DESC, i.id LIMIT $2")
                        .execute(Tuple.of(department.departmentId(), bounded)))
                .map(rows -> {
                    List<ImportSummary> list = new ArrayList<>();
                    rows.forEach(row -> list.add(summary(row)));
                    return list;
                });
    }

    /** The import with this id, or null. */
    public Uni<ImportSummary> find(UUID importId) {
        return pool.preparedQuery(SELECT + "WHERE i.id = $1").execute(Tuple.of(importId))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    return it.hasNext() ? summary(it.next()) : null;
                });
    }

    private static ImportSummary summary(Row row) {
        ImportCounts counts = new ImportCounts(row.getInteger("row_count"), row.getInteger("created_count"),
                row.getInteger("updated_count"), row.getInteger("deactivated_count"),
                row.getInteger("unchanged_count"), row.getInteger("invalid_count"));
        return new ImportSummary(row.getUUID("id"), row.getString("school_code"),
                ImportKind.valueOf(row.getString("kind")), ImportMode.valueOf(row.getString("mode")),
                ImportFormat.valueOf(row.getString("format")), ImportStatus.valueOf(row.getString("status")),
                row.getString("school_year"), row.getBoolean("skip_invalid"), row.getString("file_name"),
                row.getString("file_sha256"), row.getString("actor"), counts,
                row.getOffsetDateTime("started_at").toInstant(), row.getOffsetDateTime("finished_at").toInstant(),
                row.getInteger("error_count"), row.getString("district_code"),
                row.getString("department_code"), row.getString("actor_name"));
    }
}

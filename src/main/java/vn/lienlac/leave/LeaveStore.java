package vn.lienlac.leave;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.lienlac.directory.StaffTitles;
import vn.lienlac.platform.sql.SqlTimes;

/** The {@code leave_request} table. */
@ApplicationScoped
class LeaveStore {

    private static final String COLUMNS = """
            id, school_code, student_code, student_name, class_id, class_name, from_date, to_date, session, reason,
            photo_key IS NOT NULL AS has_photo, status, decision_comment, decided_at, created_at, decided_by_staff_id,
            decided_by_title""";

    /** What {@link #insert} stores beside the request as answered. */
    record NewRequest(long schoolId, String schoolCode, long studentId, String studentCode, String studentName,
            Long classId, String className, LocalDate from, LocalDate to, String session, String reason,
            long guardianId) {

        @Override
        public String toString() {
            return "NewRequest[" + from + ".." + to + "]";
        }
    }

    private final Pool pool;

    LeaveStore(Pool pool) {
        this.pool = pool;
    }

    Uni<LeaveRequest> insert(SqlClient conn, NewRequest r, Instant now) {
        return conn.preparedQuery("""
                        INSERT INTO leave_request (school_id, school_code, student_id, student_code, student_name,
                            class_id, class_name, from_date, to_date, session, reason, guardian_id, status,
                            created_at, updated_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'PENDING', $13, $13)
                        RETURNING\s""" + COLUMNS)
                .execute(Tuple.tuple(Arrays.asList(r.schoolId(), r.schoolCode(), r.studentId(), r.studentCode(),
                        r.studentName(), r.classId(), r.className(), r.from(), r.to(), r.session(), r.reason(),
                        r.guardianId(), SqlTimes.of(now))))
                .map(rows -> request(rows.iterator().next()));
    }

    Uni<LeaveRequest> find(long id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM leave_request WHERE id = $1").execute(Tuple.of(id))
                .map(LeaveStore::first);
    }

    /**
     * Moves a pending request to {@code status}; null when it is no longer pending.
     *
     * @param decider the member of staff who decides, null for a cancellation or a caller who is no staff
     */
    Uni<LeaveRequest> decide(SqlClient conn, long id, String status, String actor, String comment,
            StaffTitles.Titled decider, Instant now) {
        return conn.preparedQuery("""
                        UPDATE leave_request SET status = $2, decided_by = $3, decision_comment = $4, decided_at = $5,
                                                 updated_at = $5, decided_by_staff_id = $6, decided_by_title = $7
                        WHERE id = $1 AND status = 'PENDING'
                        RETURNING\s""" + COLUMNS)
                .execute(Tuple.tuple(Arrays.asList(id, status, actor, comment, SqlTimes.of(now),
                        decider == null ? null : decider.staffId(), decider == null ? null : decider.title())))
                .map(LeaveStore::first);
    }

    /** Sets the photo of a pending request; null when it is no longer pending. */
    Uni<LeaveRequest> photo(long id, String key, String contentType) {
        return pool.preparedQuery("UPDATE leave_request SET photo_key = $2, photo_type = $3 "
                        + "WHERE id = $1 AND status = 'PENDING' RETURNING " + COLUMNS)
                .execute(Tuple.of(id, key, contentType)).map(LeaveStore::first);
    }

    /** {storage key, content type} of the request's photo, or null. */
    Uni<String[]> photoOf(long id) {
        return pool.preparedQuery("SELECT photo_key, photo_type FROM leave_request WHERE id = $1 "
                        + "AND photo_key IS NOT NULL")
                .execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? null : new String[] {
                        rows.iterator().next().getString(0), rows.iterator().next().getString(1)});
    }

    Uni<List<LeaveRequest>> ofStudent(String studentCode) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM leave_request WHERE student_code = $1 "
                        + "ORDER BY from_date DESC, id DESC LIMIT 100")
                .execute(Tuple.of(studentCode)).map(LeaveStore::all);
    }

    /** A school's requests, newest first; {@code classes} null for all classes, {@code status} null for any. */
    Uni<List<LeaveRequest>> ofSchool(String schoolCode, Set<Long> classes, String status) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM leave_request WHERE school_code = $1 "
                        + "AND ($2::bigint[] IS NULL OR class_id = ANY($2)) AND ($3::text IS NULL OR status = $3) "
                        + "ORDER BY created_at DESC, id DESC LIMIT 200")
                .execute(Tuple.of(schoolCode, classes == null ? null : classes.toArray(Long[]::new), status))
                .map(LeaveStore::all);
    }

    /** Approved requests of these students overlapping the dates. */
    Uni<List<LeaveRequest>> approved(long schoolId, Set<String> studentCodes, LocalDate from, LocalDate to) {
        return approved(pool, schoolId, studentCodes, from, to);
    }

    /** As above, with this client (a transaction's connection). */
    Uni<List<LeaveRequest>> approved(SqlClient client, long schoolId,
            Set<String> studentCodes, LocalDate from, LocalDate to) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM leave_request WHERE school_id = $1 "
                        + "AND status = 'APPROVED' AND student_code = ANY($2) AND from_date <= $4 AND to_date >= $3")
                .execute(Tuple.of(schoolId, studentCodes.toArray(String[]::new), from, to))
                .map(LeaveStore::all);
    }

    private static LeaveRequest first(RowSet<Row> rows) {
        return rows.size() == 0 ? null : request(rows.iterator().next());
    }

    private static List<LeaveRequest> all(RowSet<Row> rows) {
        List<LeaveRequest> list = new ArrayList<>();
        rows.forEach(row -> list.add(request(row)));
        return list;
    }

    private static LeaveRequest request(Row row) {
        return new LeaveRequest(row.getLong("id"), row.getString("school_code"), row.getString("student_code"),
                row.getString("student_name"), row.getLong("class_id"), row.getString("class_name"),
                row.getLocalDate("from_date"), row.getLocalDate("to_date"), row.getString("session"),
                row.getString("reason"), row.getBoolean("has_photo"), row.getString("status"),
                row.getString("decision_comment"), instant(row, "decided_at"), instant(row, "created_at"),
                row.getLong("decided_by_staff_id"), row.getString("decided_by_title"));
    }

    private static Instant instant(Row row, String column) {
        var value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}

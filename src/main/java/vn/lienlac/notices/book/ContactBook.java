package vn.lienlac.notices.book;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.lienlac.directory.AccessScopes;
import vn.lienlac.directory.Rosters;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.notices.publish.Codes.AttendanceStatus;
import vn.lienlac.directory.model.Subject;
import vn.lienlac.platform.error.ApiException;

/**
 * The parent's contact book (sổ liên lạc): one child's published records, read back from the notices. Who may read
 * a child's book is who may see the child (docs/access.md): their guardians, and the staff who see the student;
 * anyone else gets the same 404 as for an unknown student code.
 */
@ApplicationScoped
public class ContactBook {

    /** Most activities a feed returns. */
    static final int FEED_LIMIT = 100;

    private final AccessPolicy policy;
    private final AccessScopes places;
    private final Rosters rosters;
    private final Pool pool;

    public ContactBook(AccessPolicy policy, AccessScopes places, Rosters rosters, Pool pool) {
        this.policy = policy;
        this.places = places;
        this.rosters = rosters;
        this.pool = pool;
    }

    /** One grade as the book lists it; {@code corrected} once the school changed it after publishing. */
    public record GradeLine(String term, String kind, String score, String assessment, String comment,
            LocalDate date, boolean corrected) {
    }

    /** A subject's grades of one school year, by term then kind. */
    public record SubjectGrades(String subject, String name, List<GradeLine> grades) {
    }

    public record Grades(String studentCode, String schoolYear, List<SubjectGrades> subjects) {
    }

    public record AttendanceLine(LocalDate date, String session, String status, String note, boolean corrected) {
    }

    /** Absences and late arrivals in a date range, with a count per status. */
    public record Attendance(String studentCode, LocalDate from, LocalDate to, Map<String, Integer> counts,
            List<AttendanceLine> records) {
    }

    /** A health record or an activity: its rendered text and structured record. */
    public record Entry(long noticeId, String kind, LocalDate date, String text, Map<String, Object> record,
            boolean corrected) {
    }

    public Uni<Grades> grades(String studentCode, String schoolYear) {
        return visible(studentCode, () -> pool.preparedQuery("""
                        SELECT payload, version FROM notice
                        WHERE student_code = $1 AND kind = 'GRADE' AND withdrawn_at IS NULL
                          AND payload->>'schoolYear' = $2
                        ORDER BY payload->>'subject', payload->>'term', payload->>'kind', occurred_on, id""")
                .execute(Tuple.of(studentCode, schoolYear))
                .map(rows -> {
                    Map<String, List<GradeLine>> bySubject = new LinkedHashMap<>();
                    for (Row row : rows) {
                        JsonObject r = row.getJsonObject("payload");
                        bySubject.computeIfAbsent(r.getString("subject"), k -> new ArrayList<>()).add(new GradeLine(
                                r.getString("term"), r.getString("kind"), r.getString("score"),
                                r.getString("assessment"), r.getString("comment"),
                                r.getString("gradedOn") == null ? null : LocalDate.parse(r.getString("gradedOn")),
                                row.getInteger("version") > 1));
                    }
                    List<SubjectGrades> subjects = new ArrayList<>();
                    bySubject.forEach((code, lines) -> subjects.add(
                            new SubjectGrades(code, Subject.valueOf(code).label(), lines)));
                    return new Grades(studentCode, schoolYear, subjects);
                }));
    }

    public Uni<Attendance> attendance(String studentCode, LocalDate from, LocalDate to) {
        return visible(studentCode, () -> pool.preparedQuery("""
                        SELECT payload, version FROM notice
                        WHERE student_code = $1 AND kind = 'ATTENDANCE' AND withdrawn_at IS NULL
                          AND occurred_on BETWEEN $2 AND $3
                        ORDER BY occurred_on, payload->>'session', id""")
                .execute(Tuple.of(studentCode, from, to))
                .map(rows -> {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    for (AttendanceStatus status : AttendanceStatus.values()) {
                        counts.put(status.name(), 0);
                    }
                    List<AttendanceLine> lines = new ArrayList<>();
                    for (Row row : rows) {
                        JsonObject r = row.getJsonObject("payload");
                        counts.merge(r.getString("status"), 1, Integer::sum);
                        lines.add(new AttendanceLine(LocalDate.parse(r.getString("date")), r.getString("session"),
                                r.getString("status"), r.getString("note"), row.getInteger("version") > 1));
                    }
                    return new Attendance(studentCode, from, to, counts, lines);
                }));
    }

    /** Every health record of the child, newest first. */
    public Uni<List<Entry>> health(String studentCode) {
        return visible(studentCode, () -> pool.preparedQuery("""
                        SELECT id, kind, occurred_on, text, payload, version FROM notice
                        WHERE student_code = $1 AND kind = 'HEALTH' AND withdrawn_at IS NULL
                        ORDER BY occurred_on DESC, id DESC""")
                .execute(Tuple.of(studentCode)).map(ContactBook::entries));
    }

    /**
     * The child's assessments of a school year (conduct and learning results, qualities and competences, topic
     * assessments), newest first, each with its text.
     */
    public Uni<List<Entry>> assessments(String studentCode, String schoolYear) {
        return visible(studentCode, () -> pool.preparedQuery("""
                        SELECT id, kind, occurred_on, text, payload, version FROM notice
                        WHERE student_code = $1 AND kind = 'ASSESSMENT' AND withdrawn_at IS NULL
                          AND payload->>'schoolYear' = $2
                        ORDER BY occurred_on DESC, id DESC""")
                .execute(Tuple.of(studentCode, schoolYear)).map(ContactBook::entries));
    }

    /** Posts to the child's current class and to the whole school in a date range, newest first. */
    public Uni<List<Entry>> activities(String studentCode, LocalDate from, LocalDate to) {
        return visible(studentCode, () -> places.student(studentCode)
                .chain(place -> rosters.school(place.schoolCode()).chain(school -> pool.preparedQuery("""
                                SELECT id, kind, occurred_on, text, payload, version FROM notice
                                WHERE school_id = $1 AND kind = 'ACTIVITY' AND withdrawn_at IS NULL
                                  AND (class_id IS NULL OR class_id = $2) AND occurred_on BETWEEN $3 AND $4
                                ORDER BY occurred_on DESC, id DESC LIMIT $5""")
                        .execute(Tuple.from(List.of(school.id(), place.classId() == null ? -1L : place.classId(),
                                from, to, FEED_LIMIT)))
                        .map(ContactBook::entries))));
    }

    /**
     * Teachers' comments (docs/notices.md, "Comments") in a date range, newest first: those on the child, and those on
     * the child's current class as a whole.
     */
    public Uni<List<Entry>> comments(String studentCode, LocalDate from, LocalDate to) {
        return visible(studentCode, () -> places.student(studentCode)
                .chain(place -> rosters.school(place.schoolCode()).chain(school -> pool.preparedQuery("""
                                SELECT id, kind, occurred_on, text, payload, version FROM notice
                                WHERE kind = 'COMMENT' AND withdrawn_at IS NULL AND occurred_on BETWEEN $4 AND $5
                                  AND (student_code = $2
                                       OR (school_id = $1 AND student_code IS NULL AND class_id = $3))
                                ORDER BY occurred_on DESC, id DESC LIMIT $6""")
                        .execute(Tuple.from(List.of(school.id(), studentCode,
                                place.classId() == null ? -1L : place.classId(), from, to, FEED_LIMIT)))
                        .map(ContactBook::entries))));
    }

    /** Runs the read once the caller may see the student and it exists; 404 otherwise, as for an unknown code. */
    private <T> Uni<T> visible(String studentCode, Supplier<Uni<T>> read) {
        Supplier<ApiException> notFound = () -> ApiException.notFound("Không tìm thấy học sinh.");
        return policy.requireStudent(studentCode, notFound)
                .chain(() -> places.student(studentCode))
                .chain(place -> place == null ? Uni.createFrom().failure(notFound.get()) : read.get());
    }

    private static List<Entry> entries(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<Entry> entries = new ArrayList<>();
        for (Row row : rows) {
            entries.add(new Entry(row.getLong("id"), row.getString("kind"), row.getLocalDate("occurred_on"),
                    row.getString("text"), row.getJsonObject("payload").getMap(), row.getInteger("version") > 1));
        }
        return entries;
    }
}

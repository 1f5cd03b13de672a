package vn.lienlac.notices.publish;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import io.quarkus.security.identity.SecurityIdentity;
import vn.lienlac.directory.model.Subject;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.publish.Codes.GradeKind;
import vn.lienlac.notices.publish.Codes.Term;
import vn.lienlac.platform.error.ApiException;

/**
 * What a class's teacher has already sent (docs/notices.md, "What a class has been sent"): the live attendance
 * records of one day and the live grades of one subject, term and kind, so that the web app's attendance and grade
 * screens can show them and re-send only what changed. Readers are those who may publish that kind for that class.
 */
@ApplicationScoped
public class ClassRecords {

    private static final String SELECT = """
            SELECT n.source_id, n.payload, n.version, n.updated_at
            FROM notice n
            WHERE n.school_id = $1 AND n.class_id = $2 AND n.kind = $3 AND n.withdrawn_at IS NULL AND %s
            ORDER BY n.student_code, n.source_id""";

    private final ClassTargets targets;
    private final Pool pool;

    public ClassRecords(ClassTargets targets, Pool pool) {
        this.targets = targets;
        this.pool = pool;
    }

    /** One live attendance record of a class. */
    public record Attendance(String sourceId, String studentCode, String date, String session, String status,
            String note, int version) {
    }

    public record AttendanceDay(long classId, String className, String date, List<Attendance> records) {
    }

    /** One live grade of a class; {@code corrected} when it was changed after it was first sent. */
    public record Grade(String sourceId, String studentCode, BigDecimal score, String assessment, String comment,
            int version, boolean corrected) {
    }

    /** The school's level tells the app whether to ask for scores or primary assessments. */
    public record GradeSheet(long classId, String className, String schoolLevel, String subject, String subjectName,
            String schoolYear, String term, String kind, List<Grade> records) {
    }

    public Uni<AttendanceDay> attendance(SecurityIdentity identity, String schoolCode, long classId, LocalDate date) {
        return targets.of(identity, schoolCode, classId, NoticeKind.ATTENDANCE, null).chain(t -> pool
                .preparedQuery(SELECT.formatted("n.occurred_on = $4"))
                .execute(Tuple.of(t.school().id(), classId, NoticeKind.ATTENDANCE.name(), date))
                .map(rows -> {
                    List<Attendance> records = new ArrayList<>();
                    for (Row row : rows) {
                        JsonObject p = row.getJsonObject("payload");
                        records.add(new Attendance(row.getString("source_id"), p.getString("studentCode"),
                                p.getString("date"), p.getString("session"), p.getString("status"),
                                p.getString("note"), row.getInteger("version")));
                    }
                    return new AttendanceDay(classId, t.className(), date.toString(), records);
                }));
    }

    public Uni<GradeSheet> grades(SecurityIdentity identity, String schoolCode, long classId, String subjectText,
            String schoolYear, String termText, String kindText) {
        Subject subject = Subject.parse(subjectText);
        if (subject == null) {
            throw ApiException.badRequest("Môn học không hợp lệ: " + (subjectText == null ? "" : subjectText) + ".");
        }
        if (schoolYear == null || !schoolYear.matches("\\d{4}-\\d{4}")) {
            throw ApiException.badRequest("Năm học không hợp lệ: " + schoolYear + " (ví dụ 2025-2026).");
        }
        Term term = choice(Term.class, "term", termText);
        GradeKind kind = choice(GradeKind.class, "kind", kindText);
        return targets.of(identity, schoolCode, classId, NoticeKind.GRADE, subject.name()).chain(t -> pool
                .preparedQuery(SELECT.formatted("n.payload->>'subject' = $4 AND n.payload->>'schoolYear' = $5 "
                        + "AND n.payload->>'term' = $6 AND n.payload->>'kind' = $7"))
                .execute(Tuple.from(List.of(t.school().id(), classId, NoticeKind.GRADE.name(), subject.name(),
                        schoolYear, term.name(), kind.name())))
                .map(rows -> {
                    List<Grade> records = new ArrayList<>();
                    for (Row row : rows) {
                        JsonObject p = row.getJsonObject("payload");
                        String score = p.getString("score");
                        int version = row.getInteger("version");
                        records.add(new Grade(row.getString("source_id"), p.getString("studentCode"),
                                score == null ? null : new BigDecimal(score), p.getString("assessment"),
                                p.getString("comment"), version, version > 1));
                    }
                    return new GradeSheet(classId, t.className(), t.school().level() == null ? null
                            : t.school().level().name(), subject.name(), subject.label(), schoolYear, term.name(),
                            kind.name(), records);
                }));
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    RecordProblem.INVALID_VALUE.message(field, text == null ? "" : text));
        }
    }
}

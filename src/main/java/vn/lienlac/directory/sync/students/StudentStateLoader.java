package vn.lienlac.directory.sync.students;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.engine.Params;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.students.StudentState.CurrentClass;
import vn.lienlac.directory.sync.students.StudentState.ExistingClass;
import vn.lienlac.directory.sync.students.StudentState.ExistingGuardian;
import vn.lienlac.directory.sync.students.StudentState.ExistingLink;
import vn.lienlac.directory.sync.students.StudentState.ExistingStudent;

/**
 * Loads a {@link StudentState} in five queries, whatever the size of the school. When applying, the guardian rows
 * are locked (in id order, so that imports of two schools sharing guardians cannot deadlock on them) before the
 * links of other schools are counted, so that a guardian is not deactivated while another school links a child.
 */
final class StudentStateLoader {

    private final SqlConnection conn;
    private final SyncContext ctx;
    private Map<String, ExistingStudent> students;
    private Map<String, ExistingClass> classes;
    private Map<Long, List<ExistingLink>> links;
    private Map<Long, ExistingGuardian> guardians;

    private StudentStateLoader(SqlConnection conn, SyncContext ctx) {
        this.conn = conn;
        this.ctx = ctx;
    }

    static Uni<StudentState> load(SqlConnection conn, SyncContext ctx, List<StudentRecord> records) {
        return new StudentStateLoader(conn, ctx).load(records);
    }

    private Uni<StudentState> load(List<StudentRecord> records) {
        String[] codes = records.stream().map(StudentRecord::studentCode).toArray(String[]::new);
        Set<String> phones = new LinkedHashSet<>();
        records.forEach(r -> r.guardians().stream().map(GuardianRecord::phone).forEach(phones::add));
        return students(codes).invoke(v -> students = v)
                .chain(() -> classes()).invoke(v -> classes = v)
                .chain(() -> links()).invoke(v -> links = v)
                .chain(() -> guardians(Params.texts(phones))).invoke(v -> guardians = v)
                .chain(() -> otherChildren())
                .map(other -> new StudentState(students, classes, links, guardians, other));
    }

    private Uni<Map<String, ExistingStudent>> students(String[] codes) {
        return conn.preparedQuery("""
                        SELECT s.id, s.student_code, s.school_id, sc.code AS school_code, s.full_name, s.date_of_birth,
                               s.gender, s.active, e.id AS enrollment_id, c.id AS class_id,
                               c.school_id AS class_school_id, c.school_year, c.name AS class_name
                        FROM student s
                        JOIN school sc ON sc.id = s.school_id
                        LEFT JOIN enrollment e ON e.student_id = s.id AND e.active
                        LEFT JOIN school_class c ON c.id = e.class_id
                        WHERE s.school_id = $1 OR s.student_code = ANY($2::text[])
                        ORDER BY s.student_code""")
                .execute(Params.of(ctx.school().id(), codes))
                .map(rows -> {
                    Map<String, ExistingStudent> byCode = new LinkedHashMap<>();
                    for (Row row : rows) {
                        Long enrollmentId = row.getLong("enrollment_id");
                        CurrentClass current = enrollmentId == null ? null : new CurrentClass(enrollmentId,
                                row.getLong("class_id"), row.getLong("class_school_id"), row.getString("school_year"),
                                row.getString("class_name"));
                        String gender = row.getString("gender");
                        byCode.put(row.getString("student_code"), new ExistingStudent(row.getLong("id"),
                                row.getString("student_code"), row.getLong("school_id"), row.getString("school_code"),
                                row.getString("full_name"), row.getLocalDate("date_of_birth"),
                                gender == null ? null : Gender.valueOf(gender), row.getBoolean("active"), current));
                    }
                    return byCode;
                });
    }

    private Uni<Map<String, ExistingClass>> classes() {
        return conn.preparedQuery("""
                        SELECT id, name, active FROM school_class WHERE school_id = $1 AND school_year = $2
                        ORDER BY name""")
                .execute(Tuple.of(ctx.school().id(), ctx.schoolYear()))
                .map(rows -> {
                    Map<String, ExistingClass> byName = new LinkedHashMap<>();
                    for (Row row : rows) {
                        byName.put(row.getString("name"),
                                new ExistingClass(row.getLong("id"), row.getString("name"), row.getBoolean("active")));
                    }
                    return byName;
                });
    }

    private Uni<Map<Long, List<ExistingLink>>> links() {
        Long[] studentIds = students.values().stream().map(ExistingStudent::id).toArray(Long[]::new);
        return conn.preparedQuery("""
                        SELECT id, student_id, guardian_id, relationship FROM student_guardian
                        WHERE active AND student_id = ANY($1::bigint[]) ORDER BY student_id, relationship""")
                .execute(Tuple.of(studentIds))
                .map(rows -> {
                    Map<Long, List<ExistingLink>> byStudent = new HashMap<>();
                    for (Row row : rows) {
                        ExistingLink link = new ExistingLink(row.getLong("id"), row.getLong("student_id"),
                                row.getLong("guardian_id"), Relationship.valueOf(row.getString("relationship")));
                        byStudent.computeIfAbsent(link.studentId(), id -> new ArrayList<>()).add(link);
                    }
                    return byStudent;
                });
    }

    private Uni<Map<Long, ExistingGuardian>> guardians(String[] phones) {
        Long[] linked = links.values().stream().flatMap(List::stream).map(ExistingLink::guardianId).distinct()
                .toArray(Long[]::new);
        String lock = ctx.forUpdate() ? " FOR UPDATE" : "";
        return conn.preparedQuery("""
                        SELECT id, phone, full_name, name_search, active FROM guardian
                        WHERE phone = ANY($1::text[]) OR id = ANY($2::bigint[]) ORDER BY id""" + lock)
                .execute(Params.of(phones, linked))
                .map(rows -> {
                    Map<Long, ExistingGuardian> byId = new HashMap<>();
                    for (Row row : rows) {
                        byId.put(row.getLong("id"), new ExistingGuardian(row.getLong("id"), row.getString("phone"),
                                row.getString("full_name"), row.getString("name_search"), row.getBoolean("active")));
                    }
                    return byId;
                });
    }

    private Uni<Map<Long, Integer>> otherChildren() {
        Long[] guardianIds = guardians.keySet().toArray(Long[]::new);
        Long[] transferring = students.values().stream().filter(s -> s.schoolId() != ctx.school().id())
                .map(ExistingStudent::id).toArray(Long[]::new);
        return conn.preparedQuery("""
                        SELECT sg.guardian_id, count(*) AS children
                        FROM student_guardian sg JOIN student s ON s.id = sg.student_id
                        WHERE sg.active AND s.active AND sg.guardian_id = ANY($1::bigint[])
                          AND s.school_id <> $2 AND NOT (s.id = ANY($3::bigint[]))
                        GROUP BY sg.guardian_id""")
                .execute(Params.of(guardianIds, ctx.school().id(), transferring))
                .map(rows -> {
                    Map<Long, Integer> children = new HashMap<>();
                    for (Row row : rows) {
                        children.put(row.getLong("guardian_id"), row.getLong("children").intValue());
                    }
                    return children;
                });
    }
}

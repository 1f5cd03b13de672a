package vn.lienlac.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.model.SchoolLevel;

/**
 * A school's students with their current class and their active guardians, in bulk, for features that write to
 * families (notices): one query per batch, whatever its size. Only active links to active guardians count.
 */
@ApplicationScoped
public class Rosters {

    /** A school as a publisher sees it. */
    public record RosterSchool(long id, String code, String name, SchoolLevel level) {
    }

    /**
     * A student of a school.
     *
     * @param classId     the current (actively enrolled) class, or null
     * @param className   its name, or null
     * @param guardianIds the active guardians actively linked to the student (empty: nobody to tell)
     */
    public record RosterStudent(long id, String code, String fullName, boolean active, Long classId,
            String className, List<Long> guardianIds) {

        @Override
        public String toString() {
            return "RosterStudent[id=" + id + ", classId=" + classId + ", guardians=" + guardianIds.size() + "]";
        }
    }

    /** A class of a school. */
    public record RosterClass(long id, String name, String schoolYear) {
    }

    private static final String STUDENTS = """
            SELECT s.id, s.student_code, s.full_name, s.active, e.class_id, c.name AS class_name,
                   ARRAY(SELECT sg.guardian_id FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id
                         WHERE sg.student_id = s.id AND sg.active AND g.active ORDER BY sg.guardian_id) AS guardians
            FROM student s
            LEFT JOIN enrollment e ON e.student_id = s.id AND e.active
            LEFT JOIN school_class c ON c.id = e.class_id
            WHERE s.school_id = $1 AND %s""";

    private final Pool pool;

    public Rosters(Pool pool) {
        this.pool = pool;
    }

    /** The school with this code, or null. */
    public Uni<RosterSchool> school(String code) {
        return pool.preparedQuery("SELECT id, code, name, level FROM school WHERE code = $1").execute(Tuple.of(code))
                .map(rows -> rows.size() == 0 ? null : school(rows.iterator().next()));
    }

    /** The school with this id, or null. */
    public Uni<RosterSchool> school(long id) {
        return pool.preparedQuery("SELECT id, code, name, level FROM school WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : school(rows.iterator().next()));
    }

    /** The school's students with these codes (active or not), by code; codes of other schools are left out. */
    public Uni<Map<String, RosterStudent>> students(long schoolId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(STUDENTS.formatted("s.student_code = ANY($2)"))
                .execute(Tuple.of(schoolId, codes.toArray(String[]::new))).map(Rosters::byCode);
    }

    /** The school's active students, in a class when {@code classId} is not null; by code, in code order. */
    public Uni<Map<String, RosterStudent>> activeStudents(long schoolId, Long classId) {
        String where = classId == null ? "s.active" : "s.active AND e.class_id = $2";
        Tuple params = classId == null ? Tuple.of(schoolId) : Tuple.of(schoolId, classId);
        return pool.preparedQuery(STUDENTS.formatted(where) + " ORDER BY s.student_code").execute(params)
                .map(Rosters::byCode);
    }

    /** The school's active classes of a school year, by name. */
    public Uni<Map<String, RosterClass>> classes(long schoolId, String schoolYear) {
        return pool.preparedQuery("SELECT id, name, school_year FROM school_class "
                        + "WHERE school_id = $1 AND school_year = $2 AND active")
                .execute(Tuple.of(schoolId, schoolYear)).map(rows -> {
                    Map<String, RosterClass> classes = new HashMap<>();
                    for (Row row : rows) {
                        classes.put(row.getString("name"),
                                new RosterClass(row.getLong("id"), row.getString("name"), row.getString("school_year")));
                    }
                    return classes;
                });
    }

    /** The id of the active guardian with this E.164 number, or null. */
    public Uni<Long> guardianId(String phone) {
        return pool.preparedQuery("SELECT id FROM guardian WHERE phone = $1 AND active").execute(Tuple.of(phone))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
    }

    /** The staff id of the homeroom teacher of this active class, or null (leave requests notify them). */
    public Uni<Long> homeroomStaffId(long classId) {
        return pool.preparedQuery("SELECT homeroom_staff_id FROM school_class WHERE id = $1 AND active")
                .execute(Tuple.of(classId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
    }

    private static RosterSchool school(Row row) {
        return new RosterSchool(row.getLong("id"), row.getString("code"), row.getString("name"),
                SchoolLevel.valueOf(row.getString("level")));
    }

    private static Map<String, RosterStudent> byCode(RowSet<Row> rows) {
        Map<String, RosterStudent> students = new LinkedHashMap<>();
        for (Row row : rows) {
            students.put(row.getString("student_code"), new RosterStudent(row.getLong("id"),
                    row.getString("student_code"), row.getString("full_name"), row.getBoolean("active"),
                    row.getLong("class_id"), row.getString("class_name"),
                    Arrays.asList(row.getArrayOfLongs("guardians"))));
        }
        return students;
    }
}

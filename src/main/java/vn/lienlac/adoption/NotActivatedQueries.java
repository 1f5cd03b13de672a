package vn.lienlac.adoption;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.adoption.NotActivated.GuardianToFollow;
import vn.lienlac.adoption.NotActivated.StaffToFollow;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.model.StaffRole;

/**
 * The people of a school who have not activated: the complement of what {@link AdoptionQueries} counts, with the
 * same rules and, for the same reason, the same direct reads of the directory and identity tables.
 */
@ApplicationScoped
class NotActivatedQueries {

    /** Staff of the school ($1) not activated; homeroom classes of the school year ($2). Leadership first. */
    private static final String STAFF = """
            SELECT st.staff_code, st.full_name, st.role, st.phone,
                   (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM school_class c
                    WHERE c.homeroom_staff_id = st.id AND c.active AND c.school_year = $2) AS homeroom_class
            FROM staff st JOIN school sc ON sc.id = st.school_id
            WHERE sc.code = $1 AND st.active AND NOT %s
            ORDER BY array_position(ARRAY['PRINCIPAL', 'VICE_PRINCIPAL', 'TEACHER', 'SCHOOL_NURSE', 'OTHER_STAFF'],
                                    st.role), st.name_search, st.staff_code""".formatted(AdoptionQueries.STAFF_ACTIVATED);

    /** Staff of the school ($1) not activated among the class's ($3) homeroom teacher and the staff teaching it. */
    private static final String CLASS_STAFF = STAFF.replace("WHERE sc.code = $1", """
            WHERE sc.code = $1 AND st.id IN (
                SELECT homeroom_staff_id FROM school_class WHERE id = $3
                UNION SELECT staff_id FROM teaching_assignment WHERE class_id = $3 AND active)""");

    /**
     * Guardians of the school's ($1) active students not activated, by class, student and relationship; the one
     * {@code %s} left is the class filter.
     */
    private static final String GUARDIANS = """
            SELECT g.phone, g.full_name, sg.relationship, s.student_code, s.full_name AS student_name,
                   c.name AS class_name
            FROM student s
            JOIN school sc ON sc.id = s.school_id
            JOIN student_guardian sg ON sg.student_id = s.id AND sg.active
            JOIN guardian g ON g.id = sg.guardian_id AND g.active
            LEFT JOIN enrollment e ON e.student_id = s.id AND e.active
            LEFT JOIN school_class c ON c.id = e.class_id
            WHERE sc.code = $1 AND s.active %s
              AND NOT %s
            ORDER BY c.name IS NULL, length(c.name), c.name, s.name_search, s.student_code, sg.relationship"""
            .formatted("%s", AdoptionQueries.GUARDIAN_ACTIVATED);

    private final Pool pool;

    NotActivatedQueries(Pool pool) {
        this.pool = pool;
    }

    Uni<List<StaffToFollow>> staff(String schoolCode, String schoolYear) {
        return pool.preparedQuery(STAFF).execute(Tuple.of(schoolCode, schoolYear)).map(NotActivatedQueries::staff);
    }

    Uni<List<StaffToFollow>> classStaff(String schoolCode, String schoolYear, long classId) {
        return pool.preparedQuery(CLASS_STAFF).execute(Tuple.of(schoolCode, schoolYear, classId))
                .map(NotActivatedQueries::staff);
    }

    Uni<List<GuardianToFollow>> guardians(String schoolCode) {
        return pool.preparedQuery(GUARDIANS.formatted("")).execute(Tuple.of(schoolCode))
                .map(NotActivatedQueries::guardians);
    }

    Uni<List<GuardianToFollow>> classGuardians(String schoolCode, long classId) {
        return pool.preparedQuery(GUARDIANS.formatted("AND e.class_id = $2")).execute(Tuple.of(schoolCode, classId))
                .map(NotActivatedQueries::guardians);
    }

    /** True when the class with this id is an active class of the school. */
    Uni<Boolean> classOf(String schoolCode, long classId) {
        return pool.preparedQuery("""
                        SELECT EXISTS (SELECT 1 FROM school_class c JOIN school sc ON sc.id = c.school_id
                                       WHERE sc.code = $1 AND c.id = $2 AND c.active)""")
                .execute(Tuple.of(schoolCode, classId))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    private static List<StaffToFollow> staff(Iterable<Row> rows) {
        List<StaffToFollow> list = new ArrayList<>();
        for (Row row : rows) {
            list.add(new StaffToFollow(row.getString("staff_code"), row.getString("full_name"),
                    StaffRole.valueOf(row.getString("role")).label(), row.getString("phone"),
                    row.getString("homeroom_class")));
        }
        return list;
    }

    private static List<GuardianToFollow> guardians(Iterable<Row> rows) {
        List<GuardianToFollow> list = new ArrayList<>();
        for (Row row : rows) {
            list.add(new GuardianToFollow(row.getString("phone"), row.getString("full_name"),
                    Relationship.valueOf(row.getString("relationship")).label(), row.getString("student_code"),
                    row.getString("student_name"), row.getString("class_name")));
        }
        return list;
    }
}

package vn.lienlac.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.model.StaffRole;

/**
 * The directory facts the access policy decides on: who a caller is (their {@link CallerScope}) and where a
 * student or school sits. Plain SQL over the directory tables, two queries at most per caller.
 *
 * <p>An office role counts only on office staff (school_id NULL): an office-role row attached to a school was made
 * by a school's import before V20 and grants nothing (docs/operations.md, "Migration note"). A department officer
 * (no school, no district office) reaches every district of their department (see {@link CallerScope}).
 */
@ApplicationScoped
public class AccessScopes {

    private static final String STAFF = """
            SELECT st.role, d.code AS district_code, sc.code AS school_code,
                   ARRAY(SELECT dd.code FROM district_office dd WHERE dd.department_id = st.department_id)
                       AS department_districts,
                   ARRAY(SELECT ta.class_id FROM teaching_assignment ta JOIN school_class c ON c.id = ta.class_id
                         WHERE ta.staff_id = st.id AND ta.active AND c.active) AS taught,
                   ARRAY(SELECT c.id FROM school_class c
                         WHERE c.homeroom_staff_id = st.id AND c.active) AS homeroom
            FROM staff st
            LEFT JOIN district_office d ON d.id = st.district_office_id
            LEFT JOIN school sc ON sc.id = st.school_id
            WHERE st.active AND (st.staff_code = $1 OR st.phone = $2)
              AND NOT (st.role = 'DISTRICT_OFFICER' AND st.school_id IS NOT NULL)""";

    /** One row per active child (or one row of nulls for a guardian without any); none when no such guardian. */
    private static final String CHILDREN = """
            SELECT DISTINCT ch.student_code, ch.school_code, ch.district_code, ch.class_id
            FROM guardian g
            LEFT JOIN LATERAL (
                SELECT s.student_code, sc.code AS school_code, d.code AS district_code, e.class_id
                FROM student_guardian sg
                JOIN student s ON s.id = sg.student_id AND s.active
                JOIN school sc ON sc.id = s.school_id
                JOIN district_office d ON d.id = sc.district_office_id
                LEFT JOIN enrollment e ON e.student_id = s.id AND e.active
                WHERE sg.guardian_id = g.id AND sg.active) ch ON true
            WHERE g.phone = $1""";

    private static final String STUDENT = """
            SELECT s.student_code, sc.code AS school_code, d.code AS district_code, e.class_id
            FROM student s
            JOIN school sc ON sc.id = s.school_id
            JOIN district_office d ON d.id = sc.district_office_id
            LEFT JOIN enrollment e ON e.student_id = s.id AND e.active
            WHERE s.student_code = $1""";

    private static final String SCHOOL_DISTRICT = """
            SELECT d.code FROM school sc JOIN district_office d ON d.id = sc.district_office_id
            WHERE sc.code = $1""";

    private static final String TEACHING = """
            SELECT ta.class_id, ta.subject
            FROM staff st
            JOIN school sc ON sc.id = st.school_id AND sc.code = $3
            JOIN teaching_assignment ta ON ta.staff_id = st.id AND ta.active
            JOIN school_class c ON c.id = ta.class_id AND c.active
            WHERE st.active AND st.role = 'TEACHER' AND (st.staff_code = $1 OR st.phone = $2)""";

    private final Pool pool;

    public AccessScopes(Pool pool) {
        this.pool = pool;
    }

    /**
     * The caller's current reach: staff positions found by staff code or phone, guardianship found by phone.
     *
     * @param phone     E.164, or null
     * @param staffCode sector staff code, or null
     */
    public Uni<CallerScope> load(String phone, String staffCode) {
        if (phone == null && staffCode == null) {
            return Uni.createFrom().item(CallerScope.NOBODY);
        }
        Uni<RowSet<Row>> staff = pool.preparedQuery(STAFF).execute(Tuple.of(staffCode, phone));
        Uni<List<StudentPlace>> children = phone == null
                ? Uni.createFrom().nullItem()
                : pool.preparedQuery(CHILDREN + " AND g.active").execute(Tuple.of(phone)).map(AccessScopes::places);
        return Uni.combine().all().unis(staff, children).with((staffRows, guardianChildren) ->
                scope(phone, staffRows, guardianChildren));
    }

    /**
     * The subjects a teacher teaches in each active class of this school (active assignments only); an assignment
     * without a subject is the empty string. Empty for anyone else.
     */
    public Uni<Map<Long, Set<String>>> teaching(String phone, String staffCode, String schoolCode) {
        if (phone == null && staffCode == null) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(TEACHING).execute(Tuple.of(staffCode, phone, schoolCode)).map(rows -> {
            Map<Long, Set<String>> subjects = new HashMap<>();
            for (Row row : rows) {
                subjects.computeIfAbsent(row.getLong("class_id"), id -> new HashSet<>()).add(row.getString("subject"));
            }
            return subjects;
        });
    }

    /** The active children actively linked to the guardian with this number (active or not); null: no guardian. */
    public Uni<List<StudentPlace>> guardianChildren(String phone) {
        return pool.preparedQuery(CHILDREN).execute(Tuple.of(phone)).map(AccessScopes::places);
    }

    /** Where the student with this code sits; null when there is none. */
    public Uni<StudentPlace> student(String studentCode) {
        return pool.preparedQuery(STUDENT).execute(Tuple.of(studentCode)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            return it.hasNext() ? place(it.next()) : null;
        });
    }

    /** The district office code of the school with this code; null when there is no such school. */
    public Uni<String> schoolDistrict(String schoolCode) {
        return pool.preparedQuery(SCHOOL_DISTRICT).execute(Tuple.of(schoolCode)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            return it.hasNext() ? it.next().getString(0) : null;
        });
    }

    private static CallerScope scope(String phone, RowSet<Row> staffRows, List<StudentPlace> children) {
        Set<String> districts = new HashSet<>();
        Set<String> departmentDistricts = new HashSet<>();
        Map<String, Set<StaffRole>> schools = new HashMap<>();
        Set<Long> taught = new HashSet<>();
        Set<Long> homeroom = new HashSet<>();
        for (Row row : staffRows) {
            StaffRole role = StaffRole.valueOf(row.getString("role"));
            String school = row.getString("school_code");
            if (role == StaffRole.DISTRICT_OFFICER) {
                districts.add(row.getString("district_code"));
            } else if (role == StaffRole.DEPARTMENT_OFFICER) {
                departmentDistricts.addAll(Arrays.asList(row.getArrayOfStrings("department_districts")));
            } else if (school != null) {
                schools.computeIfAbsent(school, s -> new HashSet<>()).add(role);
            }
            taught.addAll(Arrays.asList(row.getArrayOfLongs("taught")));
            homeroom.addAll(Arrays.asList(row.getArrayOfLongs("homeroom")));
        }
        districts.addAll(departmentDistricts);
        return new CallerScope(phone, districts, schools, taught, homeroom, children != null,
                children == null ? List.of() : children, departmentDistricts);
    }

    /** Null when the query found no guardian; the all-null row of a guardian without children is skipped. */
    private static List<StudentPlace> places(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        List<StudentPlace> places = new ArrayList<>();
        for (Row row : rows) {
            if (row.getString("student_code") != null) {
                places.add(place(row));
            }
        }
        return places;
    }

    private static StudentPlace place(Row row) {
        return new StudentPlace(row.getString("student_code"), row.getString("school_code"),
                row.getString("district_code"), row.getLong("class_id"));
    }
}

package vn.lienlac.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.Profile.Child;
import vn.lienlac.directory.Profile.Position;
import vn.lienlac.directory.Profile.TaughtClass;
import vn.lienlac.directory.model.SchoolLevel;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.model.StaffRole;

/**
 * A signed-in person's {@link Profile}, read in four queries at once. The person is found as chat finds its
 * participants (vn.lienlac.chat.ChatIdentities): the active guardian with their phone number, and each active staff
 * row under their staff code or phone number, in an active school or in no school (office staff). No access checks
 * here: it reads only the person's own data.
 */
@ApplicationScoped
public class Profiles {

    /** The staff rows of the person: staff code $1, phone $2. */
    private static final String MY_STAFF = """
            staff st LEFT JOIN school sc ON sc.id = st.school_id
            WHERE st.active AND (sc.id IS NULL OR sc.active) AND (st.staff_code = $1 OR st.phone = $2)""";

    private static final String GUARDIAN = "SELECT id, full_name FROM guardian WHERE phone = $1 AND active";

    /** Active children through active links of the active guardian $1 (phone), classes of the school year $2. */
    private static final String CHILDREN = """
            SELECT DISTINCT ON (s.name_search, s.student_code) s.student_code, s.full_name, sc.code AS school_code,
                   sc.name AS school_name, sc.level, c.id AS class_id, c.name AS class_name
            FROM guardian g
            JOIN student_guardian sg ON sg.guardian_id = g.id AND sg.active
            JOIN student s ON s.id = sg.student_id AND s.active
            JOIN school sc ON sc.id = s.school_id
            LEFT JOIN (enrollment e JOIN school_class c ON c.id = e.class_id AND c.active AND c.school_year = $2)
                   ON e.student_id = s.id AND e.active
            WHERE g.phone = $1 AND g.active
            ORDER BY s.name_search, s.student_code""";

    /** The person's staff rows, each with its school (if any), district office (if any) and department (officers). */
    private static final String STAFF = """
            SELECT st.id, st.staff_code, st.full_name, st.role, sc.code AS school_code, sc.name AS school_name,
                   d.code AS district_code, dep.code AS department_code
            FROM staff st LEFT JOIN school sc ON sc.id = st.school_id
            LEFT JOIN district_office d ON d.id = st.district_office_id
            LEFT JOIN department dep ON dep.id = st.department_id
            WHERE st.active AND (sc.id IS NULL OR sc.active) AND (st.staff_code = $1 OR st.phone = $2)
            ORDER BY sc.name IS NULL, sc.name, array_position(ARRAY['PRINCIPAL', 'VICE_PRINCIPAL', 'TEACHER',
                     'SCHOOL_NURSE', 'OTHER_STAFF'], st.role), st.staff_code""";

    /**
     * Per staff row of the person, the active classes of the school year $3 they are homeroom teacher of or teach
     * (active assignments), with the subjects taught; by name.
     */
    private static final String CLASSES = """
            WITH mine AS (SELECT st.id FROM %s),
            links AS (
                SELECT c.homeroom_staff_id AS staff_id, c.id AS class_id, true AS homeroom, ''::text AS subject
                FROM school_class c WHERE c.homeroom_staff_id IN (SELECT id FROM mine)
                UNION ALL
                SELECT ta.staff_id, ta.class_id, false, ta.subject
                FROM teaching_assignment ta WHERE ta.active AND ta.staff_id IN (SELECT id FROM mine)
            )
            SELECT l.staff_id, c.id, c.name, bool_or(l.homeroom) AS homeroom,
                   coalesce(array_agg(DISTINCT l.subject ORDER BY l.subject) FILTER (WHERE l.subject <> ''), '{}')
                       AS subjects
            FROM links l JOIN school_class c ON c.id = l.class_id AND c.active AND c.school_year = $3
            GROUP BY l.staff_id, c.id, c.name
            ORDER BY l.staff_id, length(c.name), c.name, c.id""".formatted(MY_STAFF);

    private final Pool pool;
    private final Clock clock;

    public Profiles(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * The profile of the person with this phone number (E.164) and staff code, either of which may be null; a
     * person the directory does not know has no name, no children and no positions.
     */
    public Uni<Profile> of(String phone, String staffCode) {
        String year = SchoolYears.current(clock);
        Uni<RowSet<Row>> guardian = phone == null ? Uni.createFrom().nullItem()
                : pool.preparedQuery(GUARDIAN).execute(Tuple.of(phone));
        Uni<RowSet<Row>> children = phone == null ? Uni.createFrom().nullItem()
                : pool.preparedQuery(CHILDREN).execute(Tuple.of(phone, year));
        Uni<RowSet<Row>> staff = pool.preparedQuery(STAFF).execute(Tuple.of(staffCode, phone));
        Uni<RowSet<Row>> classes = pool.preparedQuery(CLASSES).execute(Tuple.of(staffCode, phone, year));
        return Uni.combine().all().unis(guardian, children, staff, classes).with(Profiles::profile);
    }

    private static Profile profile(RowSet<Row> guardianRows, RowSet<Row> childRows, RowSet<Row> staffRows,
            RowSet<Row> classRows) {
        Row guardian = guardianRows == null || guardianRows.size() == 0 ? null : guardianRows.iterator().next();
        List<Child> children = new ArrayList<>();
        if (guardian != null) {
            for (Row row : childRows) {
                children.add(new Child(row.getString("student_code"), row.getString("full_name"),
                        row.getLong("class_id"), row.getString("class_name"), row.getString("school_code"),
                        row.getString("school_name"), SchoolLevel.valueOf(row.getString("level"))));
            }
        }
        Map<Long, List<TaughtClass>> classes = new HashMap<>();
        for (Row row : classRows) {
            classes.computeIfAbsent(row.getLong("staff_id"), id -> new ArrayList<>()).add(new TaughtClass(
                    row.getLong("id"), row.getString("name"), row.getBoolean("homeroom"),
                    Arrays.asList(row.getArrayOfStrings("subjects"))));
        }
        List<Position> staff = new ArrayList<>();
        String name = null;
        for (Row row : staffRows) {
            long id = row.getLong("id");
            staff.add(new Position(id, row.getString("staff_code"), StaffRole.valueOf(row.getString("role")),
                    row.getString("school_code"), row.getString("school_name"), row.getString("district_code"),
                    row.getString("department_code"), classes.getOrDefault(id, List.of())));
            if (name == null) {
                name = row.getString("full_name");
            }
        }
        if (name == null && guardian != null) {
            name = guardian.getString("full_name");
        }
        return new Profile(name, guardian == null ? null : guardian.getLong("id"), children, staff);
    }
}

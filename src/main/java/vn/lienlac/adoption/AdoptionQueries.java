package vn.lienlac.adoption;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The activation figures, read straight from the directory and identity tables. This breaks, on purpose and only
 * here, the rule that a feature reads other features' data through their services: a district's figures join about
 * 30,000 students, 50,000 guardians and their accounts, which only a set-based query answers fast (docs/adoption.md,
 * load-tests/adoption). The queries only read, and the rules they encode are the directory's own: active people,
 * active links, active classes of the current school year; and identity's: a person is activated when the account
 * with their phone number or their staff code has a first sign-in ({@code account.first_sign_in_at}).
 */
@ApplicationScoped
class AdoptionQueries {

    /** Activated: some account with the staff member's phone or staff code has signed in. */
    static final String STAFF_ACTIVATED = """
            EXISTS (SELECT 1 FROM account a WHERE a.first_sign_in_at IS NOT NULL
                    AND (a.phone = st.phone OR a.staff_code = st.staff_code))""";

    /** Activated: the account with the guardian's ({@code g}) phone number has signed in. */
    static final String GUARDIAN_ACTIVATED = """
            EXISTS (SELECT 1 FROM account a WHERE a.phone = g.phone AND a.first_sign_in_at IS NOT NULL)""";

    /**
     * Per school of the ids in $1 ({@code bigint[]}): the four figures. One more row, with a null school, carries the
     * guardians counted once across all those schools. The ids come as an array (looked up first) rather than as a
     * join on {@code school}, so that the planner estimates the students and guardians from their own statistics and
     * hashes the whole district in one pass instead of looking each guardian up (load-tests/adoption).
     */
    private static final String FIGURES = """
            WITH staff_act AS MATERIALIZED (
                SELECT st.school_id, st.role, %s AS activated
                FROM staff st WHERE st.active AND st.school_id = ANY($1)
            ),
            staff_f AS (
                SELECT school_id, count(*) AS staff_total, count(*) FILTER (WHERE activated) AS staff_activated,
                       count(*) FILTER (WHERE role = 'TEACHER') AS teachers_total,
                       count(*) FILTER (WHERE role = 'TEACHER' AND activated) AS teachers_activated
                FROM staff_act GROUP BY school_id
            ),
            student_f AS (
                SELECT s.school_id, count(*) AS students_total
                FROM student s WHERE s.active AND s.school_id = ANY($1)
                GROUP BY s.school_id
            ),
            links AS (
                SELECT s.school_id, s.id AS student_id, g.id AS guardian_id, a.id IS NOT NULL AS activated
                FROM student s
                JOIN student_guardian sg ON sg.student_id = s.id AND sg.active
                JOIN guardian g ON g.id = sg.guardian_id AND g.active
                LEFT JOIN account a ON a.phone = g.phone AND a.first_sign_in_at IS NOT NULL
                WHERE s.active AND s.school_id = ANY($1)
            ),
            guardian_f AS (
                SELECT school_id, count(DISTINCT guardian_id) AS guardians_total,
                       count(DISTINCT guardian_id) FILTER (WHERE activated) AS guardians_activated,
                       count(DISTINCT student_id) FILTER (WHERE activated) AS students_reached
                FROM links GROUP BY GROUPING SETS ((school_id), ())
            )
            SELECT sch.id AS school_id, sch.code, sch.name, sch.name_search,
                   coalesce(sf.staff_total, 0) AS staff_total, coalesce(sf.staff_activated, 0) AS staff_activated,
                   coalesce(sf.teachers_total, 0) AS teachers_total,
                   coalesce(sf.teachers_activated, 0) AS teachers_activated,
                   coalesce(gf.guardians_total, 0) AS guardians_total,
                   coalesce(gf.guardians_activated, 0) AS guardians_activated,
                   coalesce(tf.students_total, 0) AS students_total,
                   coalesce(gf.students_reached, 0) AS students_reached
            FROM school sch
            LEFT JOIN staff_f sf ON sf.school_id = sch.id
            LEFT JOIN student_f tf ON tf.school_id = sch.id
            LEFT JOIN guardian_f gf ON gf.school_id = sch.id
            WHERE sch.id = ANY($1)
            UNION ALL
            SELECT NULL, NULL, NULL, NULL, 0, 0, 0, 0, guardians_total, guardians_activated, 0, 0
            FROM guardian_f WHERE school_id IS NULL""".formatted(STAFF_ACTIVATED);

    private static final String ORDERED = "SELECT * FROM (%s) f ORDER BY f.code IS NOT NULL, f.name_search, f.code";

    /** Per class of the school ($1) in the school year ($2). */
    private static final String CLASSES = """
            WITH cls AS (
                SELECT c.id, c.name, c.homeroom_staff_id, h.full_name AS homeroom
                FROM school_class c
                JOIN school sc ON sc.id = c.school_id
                LEFT JOIN staff h ON h.id = c.homeroom_staff_id AND h.active
                WHERE sc.code = $1 AND c.school_year = $2 AND c.active
            ),
            class_staff AS (
                SELECT cls.id AS class_id, cls.homeroom_staff_id AS staff_id FROM cls WHERE cls.homeroom_staff_id IS NOT NULL
                UNION
                SELECT ta.class_id, ta.staff_id FROM teaching_assignment ta JOIN cls ON cls.id = ta.class_id WHERE ta.active
            ),
            staff_f AS (
                SELECT cs.class_id, count(*) AS staff_total, count(*) FILTER (WHERE %s) AS staff_activated
                FROM class_staff cs JOIN staff st ON st.id = cs.staff_id AND st.active
                GROUP BY cs.class_id
            ),
            pupils AS (
                SELECT e.class_id, e.student_id
                FROM enrollment e JOIN cls ON cls.id = e.class_id JOIN student s ON s.id = e.student_id AND s.active
                WHERE e.active
            ),
            student_f AS (
                SELECT class_id, count(*) AS students_total FROM pupils GROUP BY class_id
            ),
            guardian_f AS (
                SELECT p.class_id, count(DISTINCT g.id) AS guardians_total,
                       count(DISTINCT g.id) FILTER (WHERE a.id IS NOT NULL) AS guardians_activated,
                       count(DISTINCT p.student_id) FILTER (WHERE a.id IS NOT NULL) AS students_reached
                FROM pupils p
                JOIN student_guardian sg ON sg.student_id = p.student_id AND sg.active
                JOIN guardian g ON g.id = sg.guardian_id AND g.active
                LEFT JOIN account a ON a.phone = g.phone AND a.first_sign_in_at IS NOT NULL
                GROUP BY p.class_id
            )
            SELECT cls.id, cls.name, cls.homeroom,
                   coalesce(sf.staff_total, 0) AS staff_total, coalesce(sf.staff_activated, 0) AS staff_activated,
                   coalesce(gf.guardians_total, 0) AS guardians_total,
                   coalesce(gf.guardians_activated, 0) AS guardians_activated,
                   coalesce(tf.students_total, 0) AS students_total,
                   coalesce(gf.students_reached, 0) AS students_reached
            FROM cls
            LEFT JOIN staff_f sf ON sf.class_id = cls.id
            LEFT JOIN student_f tf ON tf.class_id = cls.id
            LEFT JOIN guardian_f gf ON gf.class_id = cls.id
            ORDER BY length(cls.name), cls.name""".formatted(STAFF_ACTIVATED);

    /** Filters on {@code school sc}, with the code as $1, that select the schools of {@link #FIGURES}. */
    static final String ONE_SCHOOL = "sc.code = $1";
    static final String DISTRICT_SCHOOLS = "sc.active AND sc.district_office_id = (SELECT id FROM district_office WHERE code = $1)";
    static final String DEPARTMENT_SCHOOLS = """
            sc.active AND sc.district_office_id IN (SELECT d.id FROM district_office d
                JOIN department p ON p.id = d.department_id WHERE p.code = $1)""";
    static final String ALL_SCHOOLS = "sc.active";

    /** One school, or a null item when no school has this code. */
    record SchoolRow(long id, String code, String name, String districtCode) {
    }

    /** A district office or department: its code and name. */
    record AreaRow(String code, String name) {
    }

    /** Figures per school; {@code area} holds the guardians counted once across all of them. */
    record SchoolsFigures(List<SchoolFigures> schools, long guardiansTotal, long guardiansActivated) {
    }

    private final Pool pool;

    AdoptionQueries(Pool pool) {
        this.pool = pool;
    }

    /** The SQL of the per-school figures of the school ids in $1 (for the daily snapshot). */
    static String figuresSql() {
        return FIGURES;
    }

    /** The ids of the schools a filter selects ({@code code}: its $1; null for {@link #ALL_SCHOOLS}). */
    Uni<Long[]> schoolIds(String schools, String code) {
        String sql = "SELECT coalesce(array_agg(sc.id), '{}') FROM school sc WHERE " + schools;
        return (code == null ? pool.preparedQuery(sql).execute() : pool.preparedQuery(sql).execute(Tuple.of(code)))
                .map(rows -> rows.iterator().next().getArrayOfLongs(0));
    }

    Uni<SchoolRow> school(String code) {
        return pool.preparedQuery("""
                        SELECT sc.id, sc.code, sc.name, d.code AS district_code
                        FROM school sc JOIN district_office d ON d.id = sc.district_office_id WHERE sc.code = $1""")
                .execute(Tuple.of(code))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return null;
                    }
                    Row row = it.next();
                    return new SchoolRow(row.getLong("id"), row.getString("code"), row.getString("name"),
                            row.getString("district_code"));
                });
    }

    Uni<AreaRow> district(String code) {
        return area("SELECT code, name FROM district_office WHERE code = $1", code);
    }

    Uni<AreaRow> department(String code) {
        return area("SELECT code, name FROM department WHERE code = $1", code);
    }

    /** @param schools one of the filters above, with the code as $1 */
    Uni<SchoolsFigures> figures(String schools, String code) {
        return schoolIds(schools, code).chain(ids -> pool.preparedQuery(ORDERED.formatted(FIGURES))
                .execute(Tuple.of(ids)).map(rows -> {
            List<SchoolFigures> list = new ArrayList<>();
            long guardiansTotal = 0;
            long guardiansActivated = 0;
            for (Row row : rows) {
                if (row.getString("code") == null) {
                    guardiansTotal = row.getLong("guardians_total");
                    guardiansActivated = row.getLong("guardians_activated");
                } else {
                    list.add(new SchoolFigures(row.getString("code"), row.getString("name"), figures(row)));
                }
            }
            return new SchoolsFigures(list, guardiansTotal, guardiansActivated);
        }));
    }

    Uni<List<ClassFigures>> classes(String schoolCode, String schoolYear) {
        return pool.preparedQuery(CLASSES).execute(Tuple.of(schoolCode, schoolYear)).map(rows -> {
            List<ClassFigures> list = new ArrayList<>();
            for (Row row : rows) {
                Share staff = Share.of(row.getLong("staff_total"), row.getLong("staff_activated"));
                list.add(new ClassFigures(row.getLong("id"), row.getString("name"), row.getString("homeroom"),
                        new Figures(staff, staff,
                                Share.of(row.getLong("guardians_total"), row.getLong("guardians_activated")),
                                Share.of(row.getLong("students_total"), row.getLong("students_reached"))),
                        InvitationFigures.NONE));
            }
            return list;
        });
    }

    static Figures figures(Row row) {
        return new Figures(
                Share.of(row.getLong("staff_total"), row.getLong("staff_activated")),
                Share.of(row.getLong("teachers_total"), row.getLong("teachers_activated")),
                Share.of(row.getLong("guardians_total"), row.getLong("guardians_activated")),
                Share.of(row.getLong("students_total"), row.getLong("students_reached")));
    }

    private Uni<AreaRow> area(String sql, String code) {
        return pool.preparedQuery(sql).execute(Tuple.of(code)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                return null;
            }
            Row row = it.next();
            return new AreaRow(row.getString("code"), row.getString("name"));
        });
    }
}

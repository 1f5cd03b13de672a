package vn.lienlac.adoption;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of district offices and departments counted over the area (docs/adoption.md): staff, teachers and
 * students belong to one school each, so they add up; a guardian with children at two schools is one guardian of the
 * district and one of the department, so guardians (and students reached) are counted once per area here, in the
 * database, never summed from the schools. Read-only over the directory and identity tables, like
 * {@link AdoptionQueries}, whose rules it shares (active people, active links, {@code account.first_sign_in_at}).
 */
@ApplicationScoped
class AreaQueries {

    /**
     * One row per district office of the departments in $1 ({@code bigint[]}), and one per department (a null
     * {@code district_id}), over their active schools.
     */
    private static final String AREAS = """
            WITH sch AS MATERIALIZED (
                SELECT sc.id, d.id AS district_id, d.department_id
                FROM school sc JOIN district_office d ON d.id = sc.district_office_id
                WHERE sc.active AND d.department_id = ANY($1)
            ),
            staff_f AS (
                SELECT sch.department_id, sch.district_id, count(*) AS staff_total,
                       count(*) FILTER (WHERE x.activated) AS staff_activated,
                       count(*) FILTER (WHERE st.role = 'TEACHER') AS teachers_total,
                       count(*) FILTER (WHERE st.role = 'TEACHER' AND x.activated) AS teachers_activated
                FROM staff st JOIN sch ON sch.id = st.school_id
                CROSS JOIN LATERAL (SELECT %s AS activated) x
                WHERE st.active
                GROUP BY GROUPING SETS ((sch.department_id, sch.district_id), (sch.department_id))
            ),
            student_f AS (
                SELECT sch.department_id, sch.district_id, count(*) AS students_total
                FROM student s JOIN sch ON sch.id = s.school_id
                WHERE s.active
                GROUP BY GROUPING SETS ((sch.department_id, sch.district_id), (sch.department_id))
            ),
            links AS (
                SELECT sch.department_id, sch.district_id, s.id AS student_id, g.id AS guardian_id,
                       a.id IS NOT NULL AS activated
                FROM student s
                JOIN sch ON sch.id = s.school_id
                JOIN student_guardian sg ON sg.student_id = s.id AND sg.active
                JOIN guardian g ON g.id = sg.guardian_id AND g.active
                LEFT JOIN account a ON a.phone = g.phone AND a.first_sign_in_at IS NOT NULL
                WHERE s.active
            ),
            guardian_f AS (
                SELECT department_id, district_id, count(DISTINCT guardian_id) AS guardians_total,
                       count(DISTINCT guardian_id) FILTER (WHERE activated) AS guardians_activated,
                       count(DISTINCT student_id) FILTER (WHERE activated) AS students_reached
                FROM links
                GROUP BY GROUPING SETS ((department_id, district_id), (department_id))
            ),
            areas AS (
                SELECT d.department_id, d.id AS district_id FROM district_office d WHERE d.department_id = ANY($1)
                UNION ALL
                SELECT p.id, NULL::bigint FROM department p WHERE p.id = ANY($1)
            )
            SELECT a.department_id, a.district_id, p.code AS department_code, p.name AS department_name,
                   d.code AS district_code, d.name AS district_name,
                   coalesce(sf.staff_total, 0) AS staff_total, coalesce(sf.staff_activated, 0) AS staff_activated,
                   coalesce(sf.teachers_total, 0) AS teachers_total,
                   coalesce(sf.teachers_activated, 0) AS teachers_activated,
                   coalesce(gf.guardians_total, 0) AS guardians_total,
                   coalesce(gf.guardians_activated, 0) AS guardians_activated,
                   coalesce(tf.students_total, 0) AS students_total,
                   coalesce(gf.students_reached, 0) AS students_reached
            FROM areas a
            JOIN department p ON p.id = a.department_id
            LEFT JOIN district_office d ON d.id = a.district_id
            LEFT JOIN staff_f sf ON sf.department_id = a.department_id
                 AND sf.district_id IS NOT DISTINCT FROM a.district_id
            LEFT JOIN student_f tf ON tf.department_id = a.department_id
                 AND tf.district_id IS NOT DISTINCT FROM a.district_id
            LEFT JOIN guardian_f gf ON gf.department_id = a.department_id
                 AND gf.district_id IS NOT DISTINCT FROM a.district_id""".formatted(AdoptionQueries.STAFF_ACTIVATED);

    /** One area's figures: a district office's ({@code districtCode} set) or its department's. */
    record AreaFigures(long departmentId, Long districtId, String departmentCode, String departmentName,
            String districtCode, String districtName, Figures figures) {

        boolean department() {
            return districtId == null;
        }
    }

    private final Pool pool;

    AreaQueries(Pool pool) {
        this.pool = pool;
    }

    /** The SQL of the area figures of the departments in $1 (for the daily snapshot). */
    static String areasSql() {
        return AREAS;
    }

    /** The ids of every department (the snapshot's $1). */
    static final String ALL_DEPARTMENTS = "SELECT coalesce(array_agg(id), '{}') FROM department";

    /** The department with this code and each of its district offices, districts by name; empty for no such code. */
    Uni<List<AreaFigures>> department(String code) {
        return pool.preparedQuery("SELECT coalesce(array_agg(id), '{}') FROM department WHERE code = $1")
                .execute(Tuple.of(code)).map(rows -> rows.iterator().next().getArrayOfLongs(0))
                .chain(ids -> pool.preparedQuery(AREAS + " ORDER BY a.district_id IS NOT NULL, d.name, d.code")
                        .execute(Tuple.of((Object) ids)).map(rows -> {
                            List<AreaFigures> list = new ArrayList<>();
                            for (Row row : rows) {
                                list.add(new AreaFigures(row.getLong("department_id"), row.getLong("district_id"),
                                        row.getString("department_code"), row.getString("department_name"),
                                        row.getString("district_code"), row.getString("district_name"),
                                        AdoptionQueries.figures(row)));
                            }
                            return list;
                        }));
    }
}

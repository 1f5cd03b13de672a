package vn.lienlac.adoption;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.time.TimeConfig;

/**
 * The daily history of each school's figures (table {@code adoption_daily}, owned by this feature), and of each
 * district office's and department's ({@code adoption_daily_district}, {@code adoption_daily_department}: counted over
 * the area by {@link AreaQueries}, a guardian with children at two schools once). One
 * statement snapshots every active school (after a lookup of their ids): the figures query of {@link AdoptionQueries} feeding an upsert keyed on
 * (school, day), so pods that run it together, or a rerun later that day, leave one row per school and day with the
 * latest figures (an older run never overwrites a newer one).
 */
@ApplicationScoped
public class AdoptionHistory {

    private static final String AREA_UPDATE = """
            staff_total = EXCLUDED.staff_total, staff_activated = EXCLUDED.staff_activated,
                teachers_total = EXCLUDED.teachers_total, teachers_activated = EXCLUDED.teachers_activated,
                guardians_total = EXCLUDED.guardians_total, guardians_activated = EXCLUDED.guardians_activated,
                students_total = EXCLUDED.students_total, students_reached = EXCLUDED.students_reached,
                taken_at = EXCLUDED.taken_at""";

    private static final String SNAPSHOT = """
            INSERT INTO adoption_daily AS d (school_id, day, staff_total, staff_activated, teachers_total,
                teachers_activated, guardians_total, guardians_activated, students_total, students_reached, taken_at)
            SELECT f.school_id, $2, f.staff_total, f.staff_activated, f.teachers_total, f.teachers_activated,
                   f.guardians_total, f.guardians_activated, f.students_total, f.students_reached, $3
            FROM (%s) f
            WHERE f.school_id IS NOT NULL
            ON CONFLICT (school_id, day) DO UPDATE SET
                staff_total = EXCLUDED.staff_total, staff_activated = EXCLUDED.staff_activated,
                teachers_total = EXCLUDED.teachers_total, teachers_activated = EXCLUDED.teachers_activated,
                guardians_total = EXCLUDED.guardians_total, guardians_activated = EXCLUDED.guardians_activated,
                students_total = EXCLUDED.students_total, students_reached = EXCLUDED.students_reached,
                taken_at = EXCLUDED.taken_at
            WHERE d.taken_at <= EXCLUDED.taken_at""".formatted(AdoptionQueries.figuresSql());

    /** The same upsert for every district office and department, their figures counted over the area. */
    private static final String SNAPSHOT_AREAS = """
            WITH f AS (%s),
            districts AS (
                INSERT INTO adoption_daily_district AS t (district_office_id, day, staff_total, staff_activated,
                    teachers_total, teachers_activated, guardians_total, guardians_activated, students_total,
                    students_reached, taken_at)
                SELECT f.district_id, $2, f.staff_total, f.staff_activated, f.teachers_total, f.teachers_activated,
                       f.guardians_total, f.guardians_activated, f.students_total, f.students_reached, $3
                FROM f WHERE f.district_id IS NOT NULL
                ON CONFLICT (district_office_id, day) DO UPDATE SET %s
                WHERE t.taken_at <= EXCLUDED.taken_at
                RETURNING 1)
            INSERT INTO adoption_daily_department AS t (department_id, day, staff_total, staff_activated,
                teachers_total, teachers_activated, guardians_total, guardians_activated, students_total,
                students_reached, taken_at)
            SELECT f.department_id, $2, f.staff_total, f.staff_activated, f.teachers_total, f.teachers_activated,
                   f.guardians_total, f.guardians_activated, f.students_total, f.students_reached, $3
            FROM f WHERE f.district_id IS NULL
            ON CONFLICT (department_id, day) DO UPDATE SET %s
            WHERE t.taken_at <= EXCLUDED.taken_at""".formatted(AreaQueries.areasSql(), AREA_UPDATE, AREA_UPDATE);

    private static final String DISTRICT_HISTORY = """
            SELECT h.* FROM adoption_daily_district h JOIN district_office d ON d.id = h.district_office_id
            WHERE d.code = $1 AND h.day BETWEEN $2 AND $3
            ORDER BY h.day""";

    private static final String DEPARTMENT_HISTORY = """
            SELECT h.* FROM adoption_daily_department h JOIN department p ON p.id = h.department_id
            WHERE p.code = $1 AND h.day BETWEEN $2 AND $3
            ORDER BY h.day""";

    private static final String HISTORY = """
            SELECT d.* FROM adoption_daily d JOIN school sc ON sc.id = d.school_id
            WHERE sc.code = $1 AND d.day BETWEEN $2 AND $3
            ORDER BY d.day""";

    private final Pool pool;
    private final AdoptionQueries queries;
    private final TimeConfig time;

    AdoptionHistory(Pool pool, AdoptionQueries queries, TimeConfig time) {
        this.pool = pool;
        this.queries = queries;
        this.time = time;
    }

    /**
     * Records every active school's figures now as the figures of {@code at}'s day in the configured zone
     * (Asia/Ho_Chi_Minh). The scheduled job calls it with the clock's instant; tests with the instants they choose.
     *
     * @return the number of schools recorded
     */
    public Uni<Integer> snapshot(Instant at) {
        return queries.schoolIds(AdoptionQueries.ALL_SCHOOLS, null).chain(ids -> pool.preparedQuery(SNAPSHOT)
                .execute(Tuple.of(ids, day(at), SqlTimes.of(at))).map(rows -> rows.rowCount()))
                .call(() -> pool.preparedQuery(AreaQueries.ALL_DEPARTMENTS).execute()
                        .map(rows -> rows.iterator().next().getArrayOfLongs(0))
                        .chain(departments -> pool.preparedQuery(SNAPSHOT_AREAS)
                                .execute(Tuple.of(departments, day(at), SqlTimes.of(at)))));
    }

    /** The district office's snapshots from {@code from} to {@code to}; a null item for an unknown district. */
    public Uni<SchoolHistory> district(String code, LocalDate from, LocalDate to) {
        return queries.district(code).chain(area -> area == null ? Uni.createFrom().nullItem()
                : days(DISTRICT_HISTORY, code, from, to)
                        .map(days -> new SchoolHistory(area.code(), area.name(), from, to, days)));
    }

    /** The department's snapshots from {@code from} to {@code to}; a null item for an unknown department. */
    public Uni<SchoolHistory> department(String code, LocalDate from, LocalDate to) {
        return queries.department(code).chain(area -> area == null ? Uni.createFrom().nullItem()
                : days(DEPARTMENT_HISTORY, code, from, to)
                        .map(days -> new SchoolHistory(area.code(), area.name(), from, to, days)));
    }

    private Uni<List<DailyFigures>> days(String sql, String code, LocalDate from, LocalDate to) {
        return pool.preparedQuery(sql).execute(Tuple.of(code, from, to)).map(rows -> {
            List<DailyFigures> days = new ArrayList<>();
            for (Row row : rows) {
                days.add(new DailyFigures(row.getLocalDate("day"), AdoptionQueries.figures(row)));
            }
            return days;
        });
    }

    /** The day an instant falls on where the schools are. */
    public LocalDate day(Instant at) {
        return at.atZone(time.zone()).toLocalDate();
    }

    /** The school's snapshots from {@code from} to {@code to}, inclusive; a null item for an unknown school. */
    public Uni<SchoolHistory> school(String code, LocalDate from, LocalDate to) {
        return queries.school(code).chain(school -> school == null ? Uni.createFrom().nullItem()
                : pool.preparedQuery(HISTORY).execute(Tuple.of(code, from, to)).map(rows -> {
                    List<DailyFigures> days = new ArrayList<>();
                    for (Row row : rows) {
                        days.add(new DailyFigures(row.getLocalDate("day"), AdoptionQueries.figures(row)));
                    }
                    return new SchoolHistory(school.code(), school.name(), from, to, days);
                }));
    }

    /** The school's snapshot of one day, or a null item when there is none. */
    public Uni<DailyFigures> schoolDay(String code, LocalDate day) {
        return school(code, day, day).map(history -> history == null || history.days().isEmpty() ? null
                : history.days().get(0));
    }
}

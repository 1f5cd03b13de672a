package vn.lienlac.timetable;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.platform.sql.SqlTimes;

/** The {@code timetable_version} and {@code timetable_cell} tables, and the directory views timetables read. */
@ApplicationScoped
class TimetableStore {

    /** A class as a timetable needs it. */
    record ClassRef(long id, String name, long schoolId, String schoolCode, boolean active) {
    }

    /** The version in force for a week: its own week, and its lessons. */
    record InForce(long id, LocalDate weekOf, String className, Week week) {
    }

    /** A lesson of a teacher's week: the class it is in, the slot and the lesson. */
    record TaughtLesson(long classId, String className, Slot slot, Lesson lesson) {
    }

    /** A teacher's lesson in another class: the slot, the staff member and the class. */
    record BusyTeacher(Slot slot, long staffId, String className) {
    }

    private static final String CELLS = "SELECT day, session, period, subject, teacher, room FROM timetable_cell "
            + "WHERE version_id = $1";

    private final Pool pool;

    TimetableStore(Pool pool) {
        this.pool = pool;
    }

    Uni<ClassRef> classRef(long classId) {
        return pool.preparedQuery("""
                        SELECT c.id, c.name, c.school_id, s.code, c.active AND s.active AS active
                        FROM directory_classes c JOIN directory_schools s ON s.id = c.school_id WHERE c.id = $1""")
                .execute(Tuple.of(classId))
                .map(rows -> rows.size() == 0 ? null : classRef(rows.iterator().next()));
    }

    /** The version of the class in force in the week of {@code week} (the latest from that week or before), or null. */
    Uni<InForce> inForce(SqlClient conn, long classId, LocalDate week) {
        return conn.preparedQuery("SELECT id, week_of, class_name FROM timetable_version "
                        + "WHERE class_id = $1 AND week_of <= $2 ORDER BY week_of DESC LIMIT 1")
                .execute(Tuple.of(classId, week))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    Row v = rows.iterator().next();
                    return conn.preparedQuery(CELLS).execute(Tuple.of(v.getLong("id")))
                            .map(cells -> new InForce(v.getLong("id"), v.getLocalDate("week_of"),
                                    v.getString("class_name"), week(cells)));
                });
    }

    Uni<InForce> inForce(long classId, LocalDate week) {
        return inForce(pool, classId, week);
    }

    /**
     * Stores the class's week from {@code weekOf}, replacing a version of that same week (its revision bumped).
     *
     * @return {id, revision} of the stored version
     */
    Uni<long[]> save(SqlClient conn, ClassRef target, LocalDate weekOf, Week week, Map<Slot, Long> teachers,
            String source, String actor, Instant now) {
        return conn.preparedQuery("""
                        INSERT INTO timetable_version (school_id, class_id, class_name, week_of, source, created_by,
                            created_at, updated_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
                        ON CONFLICT (class_id, week_of) DO UPDATE SET revision = timetable_version.revision + 1,
                            class_name = EXCLUDED.class_name, source = EXCLUDED.source,
                            created_by = EXCLUDED.created_by, updated_at = EXCLUDED.updated_at
                        RETURNING id, revision""")
                .execute(Tuple.tuple(Arrays.asList(target.schoolId(), target.id(), target.name(), weekOf, source,
                        actor, SqlTimes.of(now))))
                .map(rows -> new long[] {rows.iterator().next().getLong(0), rows.iterator().next().getInteger(1)})
                .call(saved -> conn.preparedQuery("DELETE FROM timetable_cell WHERE version_id = $1")
                        .execute(Tuple.of(saved[0])))
                .call(saved -> insertCells(conn, saved[0], week, teachers));
    }

    private Uni<RowSet<Row>> insertCells(SqlClient conn, long versionId, Week week, Map<Slot, Long> teachers) {
        int n = week.lessons().size();
        Integer[] days = new Integer[n];
        String[] sessions = new String[n];
        Integer[] periods = new Integer[n];
        String[] subjects = new String[n];
        String[] names = new String[n];
        Long[] staff = new Long[n];
        String[] rooms = new String[n];
        int i = 0;
        for (Map.Entry<Slot, Lesson> e : week.lessons().entrySet()) {
            days[i] = e.getKey().day();
            sessions[i] = e.getKey().session();
            periods[i] = e.getKey().period();
            subjects[i] = e.getValue().subject();
            names[i] = e.getValue().teacher();
            staff[i] = teachers.get(e.getKey());
            rooms[i] = e.getValue().room();
            i++;
        }
        return conn.preparedQuery("""
                        INSERT INTO timetable_cell (version_id, day, session, period, subject, teacher,
                            teacher_staff_id, room)
                        SELECT $1, d, s, p, subj, t, st, r
                        FROM unnest($2::int[], $3::text[], $4::int[], $5::text[], $6::text[], $7::bigint[], $8::text[])
                             AS x(d, s, p, subj, t, st, r)""")
                .execute(Tuple.tuple(Arrays.asList(versionId, days, sessions, periods, subjects, names, staff,
                        rooms)));
    }

    /** The school's active staff by name search key, for names that belong to one person only. */
    Uni<Map<String, Long>> staffByName(long schoolId) {
        return pool.preparedQuery("SELECT id, full_name FROM directory_active_staff WHERE school_id = $1")
                .execute(Tuple.of(schoolId)).map(rows -> {
                    Map<String, Long> byName = new HashMap<>();
                    Map<String, Integer> counts = new HashMap<>();
                    for (Row row : rows) {
                        String key = VietnameseText.searchKey(row.getString("full_name"));
                        if (key != null) {
                            byName.put(key, row.getLong("id"));
                            counts.merge(key, 1, Integer::sum);
                        }
                    }
                    counts.forEach((key, count) -> {
                        if (count > 1) {
                            byName.remove(key);
                        }
                    });
                    return byName;
                });
    }

    /**
     * The lessons of these staff members in the week of {@code week} in the school's other active classes (each
     * class's version in force that week).
     */
    Uni<List<BusyTeacher>> busy(SqlClient conn, long schoolId, long classId, LocalDate week, List<Long> staffIds) {
        return conn.preparedQuery("""
                        WITH in_force AS (SELECT DISTINCT ON (v.class_id) v.id, v.class_name FROM timetable_version v
                                          JOIN directory_classes c ON c.id = v.class_id AND c.active
                                          WHERE v.school_id = $1 AND v.class_id <> $2 AND v.week_of <= $3
                                          ORDER BY v.class_id, v.week_of DESC)
                        SELECT v.class_name, c.day, c.session, c.period, c.teacher_staff_id
                        FROM in_force v JOIN timetable_cell c ON c.version_id = v.id
                        WHERE c.teacher_staff_id = ANY($4::bigint[])
                        ORDER BY v.class_name""")
                .execute(Tuple.of(schoolId, classId, week, staffIds.toArray(new Long[0])))
                .map(rows -> {
                    List<BusyTeacher> busy = new ArrayList<>();
                    for (Row row : rows) {
                        busy.add(new BusyTeacher(slot(row), row.getLong("teacher_staff_id"),
                                row.getString("class_name")));
                    }
                    return busy;
                });
    }

    /**
     * A teacher's lessons in the week of {@code week}, across the classes of their schools: the lessons whose teacher
     * was matched to one of their staff positions, and the lessons without a matched teacher whose subject they are
     * assigned to teach in that class.
     */
    Uni<List<TaughtLesson>> taught(String phone, String staffCode, LocalDate week) {
        return pool.preparedQuery("""
                        WITH mine AS (SELECT id, school_id FROM directory_active_staff
                                      WHERE ($1::text IS NOT NULL AND phone = $1)
                                         OR ($2::text IS NOT NULL AND staff_code = $2)),
                             in_force AS (SELECT DISTINCT ON (class_id) id, class_id, class_name FROM timetable_version
                                         WHERE week_of <= $3 AND school_id IN (SELECT school_id FROM mine)
                                         ORDER BY class_id, week_of DESC)
                        SELECT v.class_id, v.class_name, c.day, c.session, c.period, c.subject, c.teacher, c.room
                        FROM in_force v JOIN timetable_cell c ON c.version_id = v.id
                        WHERE c.teacher_staff_id IN (SELECT id FROM mine)
                           OR (c.teacher_staff_id IS NULL AND EXISTS (
                                  SELECT 1 FROM directory_teaching_assignments t
                                  WHERE t.staff_id IN (SELECT id FROM mine) AND t.class_id = v.class_id
                                    AND lower(t.subject) = lower(c.subject)))""")
                .execute(Tuple.of(phone, staffCode, week))
                .map(rows -> {
                    List<TaughtLesson> lessons = new ArrayList<>();
                    for (Row row : rows) {
                        lessons.add(new TaughtLesson(row.getLong("class_id"), row.getString("class_name"), slot(row),
                                lesson(row)));
                    }
                    return lessons;
                });
    }

    private static Week week(RowSet<Row> cells) {
        Map<Slot, Lesson> lessons = new TreeMap<>();
        cells.forEach(row -> lessons.put(slot(row), lesson(row)));
        return new Week(lessons);
    }

    private static Slot slot(Row row) {
        return new Slot(row.getInteger("day"), row.getString("session"), row.getInteger("period"));
    }

    private static Lesson lesson(Row row) {
        return new Lesson(row.getString("subject"), row.getString("teacher"), row.getString("room"));
    }

    private static ClassRef classRef(Row row) {
        return new ClassRef(row.getLong(0), row.getString(1), row.getLong(2), row.getString(3), row.getBoolean(4));
    }
}

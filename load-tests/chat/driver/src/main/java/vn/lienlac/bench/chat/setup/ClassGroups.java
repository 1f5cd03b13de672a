package vn.lienlac.bench.chat.setup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The class groups of the group schools. The server's membership sync creates them from the directory after an
 * import; the benchmark waits for that and, when the server has no such sync (or it made none in time), creates
 * them itself: a {@code CLASS} conversation per class whose members are the homeroom teacher, the class's teachers
 * and its students' active guardians.
 */
public final class ClassGroups {

    /** How the groups came to be, for the report. */
    public enum Via { SERVER, SQL }

    /** A class group and its active members. */
    public record Group(long conversationId, long classId, List<String> members) {
    }

    private static final String CLASS_GROUPS = """
            SELECT cv.id, cv.class_id FROM conversation cv JOIN school_class c ON c.id = cv.class_id
            JOIN school s ON s.id = c.school_id
            WHERE cv.kind = 'CLASS' AND s.code = ANY(?) ORDER BY cv.class_id""";

    private ClassGroups() {
    }

    /** Waits up to {@code wait} for one group per class of the group schools, then fills in what is missing. */
    public static Via ensure(Connection db, String[] groupSchools, int classes, Duration wait)
            throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        int found = 0;
        while (Instant.now().isBefore(deadline)) {
            found = read(db, groupSchools).size();
            if (found >= classes) {
                return Via.SERVER;
            }
            Thread.sleep(500);
        }
        create(db, groupSchools);
        return found > 0 ? Via.SERVER : Via.SQL;
    }

    public static List<Group> read(Connection db, String[] groupSchools) throws SQLException {
        Map<Long, Long> classOf = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement(CLASS_GROUPS)) {
            query.setArray(1, db.createArrayOf("text", groupSchools));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    classOf.put(rows.getLong("id"), rows.getLong("class_id"));
                }
            }
        }
        Map<Long, List<String>> members = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT conversation_id, participant FROM "
                + "conversation_member WHERE active AND conversation_id = ANY(?) ORDER BY conversation_id, participant")) {
            query.setArray(1, db.createArrayOf("bigint", classOf.keySet().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    members.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        classOf.forEach((id, classId) -> groups.add(new Group(id, classId, members.getOrDefault(id, List.of()))));
        return groups;
    }

    private static void create(Connection db, String[] groupSchools) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO conversation (kind, school_id, class_id, title, created_at)
                SELECT 'CLASS', c.school_id, c.id, 'Lớp ' || c.name, ? FROM school_class c
                JOIN school s ON s.id = c.school_id WHERE s.code = ANY(?) AND c.active
                ON CONFLICT DO NOTHING""")) {
            insert.setTimestamp(1, now);
            insert.setArray(2, db.createArrayOf("text", groupSchools));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO conversation_member (conversation_id, participant, role, source, joined_at)
                SELECT cv.id, m.participant, 'MEMBER', 'DIRECTORY', ? FROM conversation cv
                JOIN school_class c ON c.id = cv.class_id AND cv.kind = 'CLASS'
                JOIN school s ON s.id = c.school_id
                JOIN LATERAL (
                    SELECT 's:' || c.homeroom_staff_id AS participant WHERE c.homeroom_staff_id IS NOT NULL
                    UNION SELECT 's:' || t.staff_id FROM teaching_assignment t WHERE t.class_id = c.id AND t.active
                    UNION SELECT 'g:' || sg.guardian_id FROM enrollment e
                          JOIN student_guardian sg ON sg.student_id = e.student_id AND sg.active
                          JOIN guardian g ON g.id = sg.guardian_id AND g.active
                          WHERE e.class_id = c.id AND e.active) m ON true
                WHERE s.code = ANY(?)
                ON CONFLICT DO NOTHING""")) {
            insert.setTimestamp(1, now);
            insert.setArray(2, db.createArrayOf("text", groupSchools));
            insert.executeUpdate();
        }
    }
}

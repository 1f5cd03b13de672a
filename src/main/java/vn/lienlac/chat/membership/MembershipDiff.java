package vn.lienlac.chat.membership;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What the directory says a school's groups should hold, against what they hold: one set-based query.
 *
 * <ul>
 *   <li>CLASS: the homeroom teacher and the staff with an active teaching assignment in the class (active, of this
 *       school), and the active guardians with an active link to an active student enrolled (actively) in it;</li>
 *   <li>CLASS_PARENTS: those guardians, while the school has parents groups turned on;</li>
 *   <li>SCHOOL_STAFF: the school's active staff;</li>
 *   <li>nobody in the groups of an inactive class or an inactive school.</li>
 * </ul>
 *
 * Only DIRECTORY memberships of these groups are compared: a member added by hand stays. Besides, the people of this
 * school who are no longer active at all (a guardian once linked to one of its students, a member of its staff)
 * leave every conversation they are still in, direct and custom ones too.
 */
@ApplicationScoped
class MembershipDiff {

    private static final String CHANGES = """
            WITH live_class AS (
                SELECT c.id, c.homeroom_staff_id FROM school_class c JOIN school s ON s.id = c.school_id AND s.active
                WHERE c.school_id = $1 AND c.active
            ), class_guardian AS (
                SELECT DISTINCT c.id AS class_id, 'g:' || g.id AS participant
                FROM live_class c
                JOIN enrollment e ON e.class_id = c.id AND e.active
                JOIN student st ON st.id = e.student_id AND st.active
                JOIN student_guardian sg ON sg.student_id = st.id AND sg.active
                JOIN guardian g ON g.id = sg.guardian_id AND g.active
            ), class_staff AS (
                SELECT c.id AS class_id, 's:' || st.id AS participant
                FROM live_class c JOIN staff st ON st.id = c.homeroom_staff_id AND st.active AND st.school_id = $1
                UNION
                SELECT c.id, 's:' || st.id
                FROM live_class c
                JOIN teaching_assignment ta ON ta.class_id = c.id AND ta.active
                JOIN staff st ON st.id = ta.staff_id AND st.active AND st.school_id = $1
            ), parents_groups AS (
                SELECT coalesce((SELECT parents_groups FROM chat_school_settings WHERE school_id = $1), false) AS enabled
            ), grp AS (
                SELECT cv.id, cv.kind, cv.class_id FROM conversation cv
                WHERE cv.kind IN ('CLASS', 'CLASS_PARENTS')
                  AND cv.class_id IN (SELECT id FROM school_class WHERE school_id = $1)
                UNION ALL
                SELECT cv.id, cv.kind, NULL FROM conversation cv WHERE cv.school_id = $1 AND cv.kind = 'SCHOOL_STAFF'
            ), desired AS (
                SELECT g.id AS conversation_id, m.participant FROM grp g JOIN class_guardian m ON m.class_id = g.class_id
                WHERE g.kind = 'CLASS' OR (g.kind = 'CLASS_PARENTS' AND (SELECT enabled FROM parents_groups))
                UNION
                SELECT g.id, m.participant FROM grp g JOIN class_staff m ON m.class_id = g.class_id
                WHERE g.kind = 'CLASS'
                UNION
                SELECT g.id, 's:' || st.id
                FROM grp g JOIN school s ON s.id = $1 AND s.active JOIN staff st ON st.school_id = s.id AND st.active
                WHERE g.kind = 'SCHOOL_STAFF'
            ), held AS (
                SELECT cm.conversation_id, cm.participant, cm.source
                FROM grp g JOIN conversation_member cm ON cm.conversation_id = g.id AND cm.active
            ), gone AS (
                SELECT 'g:' || g.id AS participant FROM guardian g
                WHERE NOT g.active AND g.id IN (SELECT sg.guardian_id FROM student st
                                                JOIN student_guardian sg ON sg.student_id = st.id
                                                WHERE st.school_id = $1)
                UNION
                SELECT 's:' || st.id FROM staff st WHERE st.school_id = $1 AND NOT st.active
            )
            SELECT d.conversation_id, d.participant, true AS joins FROM desired d
            WHERE NOT EXISTS (SELECT 1 FROM held h
                              WHERE h.conversation_id = d.conversation_id AND h.participant = d.participant)
            UNION
            SELECT h.conversation_id, h.participant, false FROM held h
            WHERE h.source = 'DIRECTORY'
              AND NOT EXISTS (SELECT 1 FROM desired d
                              WHERE d.conversation_id = h.conversation_id AND d.participant = h.participant)
            UNION
            SELECT cm.conversation_id, cm.participant, false
            FROM gone x JOIN conversation_member cm ON cm.participant = x.participant AND cm.active""";

    /** The changes that would bring the school's groups in line, in {@link MemberChange#ORDER}. */
    Uni<List<MemberChange>> changes(SqlConnection conn, long schoolId) {
        return conn.preparedQuery(CHANGES).execute(Tuple.of(schoolId)).map(rows -> {
            List<MemberChange> changes = new ArrayList<>(rows.size());
            for (Row row : rows) {
                changes.add(new MemberChange(row.getLong("conversation_id"), row.getString("participant"),
                        row.getBoolean("joins")));
            }
            changes.sort(MemberChange.ORDER);
            return changes;
        });
    }
}

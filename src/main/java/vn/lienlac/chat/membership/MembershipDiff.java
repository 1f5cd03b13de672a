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
 *   <li>nobody in the groups of an inactive class or an inactive school;</li>
 *   <li>the groups of a class a rollover closed are left as they are: their members keep reading them as history
 *       (docs/chat-groups.md, "New school year").</li>
 * </ul>
 *
 * Only DIRECTORY memberships of these groups are compared: a member added by hand stays. Besides, the people of this
 * school who are no longer active at all (a guardian once linked to one of its students, a member of its staff)
 * leave every conversation they are still in, direct and custom ones too.
 */
@ApplicationScoped
class MembershipDiff {

    /**
     * Planned to stay fast whatever the statistics say (right after a school's first import the row estimates are
     * far too low): each member set is reached from the school's 40-odd classes through indexes and carries its
     * conversation id from there, and desired and held members meet in a full join, which is never a nested loop.
     */
    private static final String CHANGES = """
            WITH parents_groups AS (
                SELECT coalesce((SELECT parents_groups FROM chat_school_settings WHERE school_id = $1), false) AS enabled
            ), live_class AS (
                SELECT c.id, c.homeroom_staff_id, cl.id AS class_group,
                       CASE WHEN (SELECT enabled FROM parents_groups) THEN pa.id END AS parents_group
                FROM directory_classes c
                JOIN directory_schools s ON s.id = c.school_id AND s.active
                LEFT JOIN conversation cl ON cl.class_id = c.id AND cl.kind = 'CLASS'
                                         AND cl.kind IN ('CLASS', 'CLASS_PARENTS')
                LEFT JOIN conversation pa ON pa.class_id = c.id AND pa.kind = 'CLASS_PARENTS'
                                         AND pa.kind IN ('CLASS', 'CLASS_PARENTS')
                WHERE c.school_id = $1 AND c.active
            ), class_guardian AS (
                SELECT DISTINCT c.class_group, c.parents_group, g.participant
                FROM live_class c
                JOIN directory_guardian_children gc ON gc.class_id = c.id
                JOIN directory_guardians g ON g.id = gc.guardian_id AND g.active
            ), class_staff AS (
                SELECT c.class_group, st.participant
                FROM live_class c
                JOIN directory_staff st ON st.id = c.homeroom_staff_id AND st.active AND st.school_id = $1
                UNION
                SELECT c.class_group, st.participant
                FROM live_class c
                JOIN directory_teaching_assignments ta ON ta.class_id = c.id
                JOIN directory_staff st ON st.id = ta.staff_id AND st.active AND st.school_id = $1
            ), staff_group AS (
                SELECT id FROM conversation WHERE school_id = $1 AND kind = 'SCHOOL_STAFF'
            ), desired AS (
                SELECT class_group AS conversation_id, participant FROM class_guardian WHERE class_group IS NOT NULL
                UNION ALL
                SELECT parents_group, participant FROM class_guardian WHERE parents_group IS NOT NULL
                UNION ALL
                SELECT class_group, participant FROM class_staff WHERE class_group IS NOT NULL
                UNION ALL
                SELECT g.id, st.participant
                FROM staff_group g JOIN directory_schools s ON s.id = $1 AND s.active
                JOIN directory_staff st ON st.school_id = s.id AND st.active
            ), grp AS (
                SELECT cv.id FROM directory_classes c
                JOIN conversation cv ON cv.class_id = c.id AND cv.kind IN ('CLASS', 'CLASS_PARENTS')
                WHERE c.school_id = $1 AND c.closed_at IS NULL
                UNION ALL
                SELECT id FROM staff_group
            ), held AS (
                SELECT cm.conversation_id, cm.participant, cm.source
                FROM grp g JOIN conversation_member cm ON cm.conversation_id = g.id AND cm.active
            ), gone AS (
                SELECT DISTINCT p.participant FROM directory_school_participants p
                WHERE p.school_id = $1 AND NOT p.active
            )
            SELECT coalesce(d.conversation_id, h.conversation_id) AS conversation_id,
                   coalesce(d.participant, h.participant) AS participant, h.participant IS NULL AS joins
            FROM desired d FULL JOIN held h ON h.conversation_id = d.conversation_id AND h.participant = d.participant
            WHERE h.participant IS NULL OR (d.participant IS NULL AND h.source = 'DIRECTORY')
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

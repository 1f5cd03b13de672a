package vn.lienlac.chat.moderation;

/**
 * Who handles a report, as SQL: the rule lives here once, and every query that lists or resolves reports joins it.
 *
 * <ul>
 *   <li>CLASS and CLASS_PARENTS: the class's homeroom teacher, and the principal and vice principals of the class's
 *       school;</li>
 *   <li>SCHOOL_STAFF and CUSTOM: the principal and vice principals of the conversation's school (none when a custom
 *       group has no school);</li>
 *   <li>DIRECT: the principal and vice principals of every school that links the two members: a staff member's
 *       school, and the schools of a guardian's active children.</li>
 * </ul>
 *
 * Nobody handles a report of their own message (a homeroom teacher reported by a parent is handled by the
 * principal). Only active staff positions count.
 */
final class ReportHandlers {

    /**
     * A lateral join giving {@code h.handler_id} (the lowest of the caller's staff ids that handles the report) and
     * {@code h.handler_school} (that position's school code, or null), or no row. Needs {@code r} (chat_report),
     * {@code c} (its conversation) and {@code e} (the reported message) in scope, and the caller's staff ids as the
     * {@code bigint[]} parameter {@code $1}.
     */
    static final String JOIN = """
            JOIN LATERAL (
                SELECT me.id AS handler_id, sc.code AS handler_school
                FROM directory_staff me LEFT JOIN directory_schools sc ON sc.id = me.school_id
                WHERE me.id = ANY($1) AND me.active
                  AND e.sender IS DISTINCT FROM me.participant
                  AND ((c.kind IN ('CLASS', 'CLASS_PARENTS')
                        AND me.id = (SELECT k.homeroom_staff_id FROM directory_classes k WHERE k.id = c.class_id))
                    OR (me.role IN ('PRINCIPAL', 'VICE_PRINCIPAL') AND me.school_id IN (
                        SELECT k.school_id FROM directory_classes k
                        WHERE c.kind IN ('CLASS', 'CLASS_PARENTS') AND k.id = c.class_id
                        UNION ALL
                        SELECT c.school_id WHERE c.kind IN ('SCHOOL_STAFF', 'CUSTOM')
                        UNION ALL
                        SELECT s.school_id FROM conversation_member m
                        JOIN directory_staff s ON s.id = directory_participant_id(m.participant)
                        WHERE c.kind = 'DIRECT' AND m.conversation_id = c.id
                          AND directory_participant_kind(m.participant) = 's'
                        UNION ALL
                        SELECT gc.school_id FROM conversation_member m
                        JOIN directory_guardian_children gc ON gc.guardian_id = directory_participant_id(m.participant)
                        WHERE c.kind = 'DIRECT' AND m.conversation_id = c.id
                          AND directory_participant_kind(m.participant) = 'g')))
                ORDER BY me.id LIMIT 1) h ON true""";

    private ReportHandlers() {
    }
}

package vn.lienlac.chat.conversations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.Memberships;

/**
 * A conversation's active members, for its active members only. Labels are about the classes the conversation is
 * about: its class for a class group; otherwise, for a guardian, the classes the other members teach or have
 * children in, and for a member of staff, the classes the guardian members have children in. So a parent sees that
 * another parent of the group is "Phụ huynh em …" of a child in that class, and nothing about their other children.
 */
@ApplicationScoped
public class MemberQueries {

    private static final String CLASSES_IN_QUESTION = """
            SELECT cv.class_id FROM conv cv WHERE cv.class_id IS NOT NULL
            UNION ALL
            SELECT mc.class_id FROM member_class mc
            WHERE NOT EXISTS (SELECT 1 FROM conv cv WHERE cv.class_id IS NOT NULL)
              AND mc.participant <> m.participant AND (m.kind = 'g' OR mc.kind = 'g')""";

    private static final String MEMBERS = """
            WITH conv AS (SELECT id, class_id FROM conversation WHERE id = $1),
            mem AS (
                SELECT m.participant, m.role, m.delivered_seq, m.read_seq,
                       directory_participant_kind(m.participant) AS kind, directory_participant_id(m.participant) AS pid
                FROM conversation_member m WHERE m.conversation_id = $1 AND m.active),
            member_class AS (
                SELECT m.participant, m.kind, ta.class_id FROM mem m
                JOIN directory_teaching_assignments ta ON ta.staff_id = m.pid WHERE m.kind = 's'
                UNION
                SELECT m.participant, m.kind, c.id FROM mem m
                JOIN directory_classes c ON c.homeroom_staff_id = m.pid AND c.active WHERE m.kind = 's'
                UNION
                SELECT m.participant, m.kind, gc.class_id FROM mem m
                JOIN directory_guardian_children gc ON gc.guardian_id = m.pid AND gc.class_id IS NOT NULL
                WHERE m.kind = 'g')
            SELECT m.participant, m.kind, m.role, m.delivered_seq, m.read_seq,
                   EXISTS (SELECT 1 FROM conv cv WHERE cv.class_id IS NOT NULL) AS class_group, %s
            FROM mem m %s
            ORDER BY m.kind DESC, full_name, m.participant""".formatted(RoleFacts.COLUMNS,
            RoleFacts.joins("m.kind", "m.pid", CLASSES_IN_QUESTION));

    private final Pool pool;
    private final Memberships memberships;

    public MemberQueries(Pool pool, Memberships memberships) {
        this.pool = pool;
        this.memberships = memberships;
    }

    /** Staff first, then guardians, each by name; null when the caller is not an active member. */
    public Uni<List<MemberView>> members(ChatIdentity caller, long conversationId) {
        return memberships.memberAs(caller, conversationId).chain(me -> me == null
                ? Uni.createFrom().nullItem()
                : pool.preparedQuery(MEMBERS).execute(Tuple.of(conversationId)).map(rows -> {
                    List<MemberView> members = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        members.add(view(row));
                    }
                    return members;
                }));
    }

    private static MemberView view(Row row) {
        String label = RoleFacts.label(row, Participant.parse(row.getString("participant")),
                !row.getBoolean("class_group"));
        return new MemberView(row.getString("participant"), row.getString("full_name"), label,
                row.getString("role").equals("OWNER"), row.getLong("delivered_seq"), row.getLong("read_seq"));
    }
}

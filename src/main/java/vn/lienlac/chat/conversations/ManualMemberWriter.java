package vn.lienlac.chat.conversations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.event.EventDraft;
import vn.lienlac.chat.event.EventType;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Members added or removed by a person (source MANUAL), in the caller's transaction, which has already locked the
 * conversation row ({@code EventLog.lock}). Each change comes back as the membership events to append, in the
 * order asked: nobody joins twice, nobody leaves who was not there.
 */
@ApplicationScoped
public class ManualMemberWriter {

    private static final String JOIN = """
            INSERT INTO conversation_member (conversation_id, participant, role, source, active, joined_at)
            SELECT $1, p, CASE WHEN p = $3 THEN 'OWNER' ELSE 'MEMBER' END, 'MANUAL', true, $4
            FROM unnest($2::text[]) AS p
            ON CONFLICT (conversation_id, participant) DO UPDATE
                SET active = true, joined_at = EXCLUDED.joined_at, left_at = NULL
                WHERE NOT conversation_member.active
            RETURNING participant""";

    private static final String LEAVE = """
            UPDATE conversation_member SET active = false, left_at = $3
            WHERE conversation_id = $1 AND participant = $2 AND active
            RETURNING participant""";

    /**
     * Makes the participants active members (inserted, or reactivated if they had left; a returning member keeps
     * their old role).
     *
     * @param owner  the participant who becomes OWNER if newly inserted, or null
     * @param actor  who added them (the events' sender)
     * @return a MEMBER_JOINED draft for each participant who was not an active member, in the given order
     */
    public Uni<List<EventDraft>> join(SqlConnection conn, long conversationId, List<Participant> participants,
            Participant owner, Participant actor, Instant now) {
        String[] texts = participants.stream().map(Participant::toString).distinct().toArray(String[]::new);
        return conn.preparedQuery(JOIN)
                .execute(Tuple.of(conversationId, texts, owner == null ? null : owner.toString(), SqlTimes.of(now)))
                .map(rows -> {
                    Set<String> joined = new HashSet<>();
                    for (Row row : rows) {
                        joined.add(row.getString("participant"));
                    }
                    return participants.stream().map(Participant::toString).distinct().filter(joined::contains)
                            .map(subject -> draft(EventType.MEMBER_JOINED, actor, subject)).toList();
                });
    }

    /** Deactivates a member (history stays). @return a MEMBER_LEFT draft, or none if they were not active */
    public Uni<List<EventDraft>> leave(SqlConnection conn, long conversationId, Participant member, Participant actor,
            Instant now) {
        return conn.preparedQuery(LEAVE)
                .execute(Tuple.of(conversationId, member.toString(), SqlTimes.of(now)))
                .map(rows -> rows.size() == 0 ? List.of()
                        : List.of(draft(EventType.MEMBER_LEFT, actor, member.toString())));
    }

    /** Drafts for one conversation, as {@link vn.lienlac.chat.event.EventLog#appendLocked} takes them. */
    public static List<Map.Entry<Long, EventDraft>> entries(long conversationId, List<EventDraft> drafts) {
        return drafts.stream().map(draft -> Map.entry(conversationId, draft)).toList();
    }

    /** A membership change made by a person, who is its sender (the directory's own changes have none). */
    private static EventDraft draft(EventType type, Participant actor, String subject) {
        return new EventDraft(type, actor.toString(), null, null, null, null, subject, null, null, null);
    }
}

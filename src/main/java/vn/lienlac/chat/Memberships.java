package vn.lienlac.chat;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.Participant;

/**
 * Who is an active member of which conversation: for checks outside the send path, and for what a connection
 * follows when it syncs.
 */
@ApplicationScoped
public class Memberships {

    private final Pool pool;

    public Memberships(Pool pool) {
        this.pool = pool;
    }

    /**
     * The first of the caller's participants (in {@link ChatIdentity} order) that is an active member of the
     * conversation, or null when none is (or the conversation does not exist).
     */
    public Uni<Participant> memberAs(ChatIdentity caller, long conversationId) {
        if (caller.participants().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return pool.preparedQuery("SELECT participant FROM conversation_member "
                        + "WHERE conversation_id = $1 AND participant = ANY($2) AND active")
                .execute(Tuple.of(conversationId, caller.texts()))
                .map(rows -> {
                    Participant found = null;
                    for (Row row : rows) {
                        Participant candidate = Participant.parse(row.getString("participant"));
                        if (found == null || caller.participants().indexOf(candidate)
                                < caller.participants().indexOf(found)) {
                            found = candidate;
                        }
                    }
                    return found;
                });
    }

    /** A conversation the caller is an active member of: as which of their participants, and its last event. */
    public record ActiveMembership(long conversationId, String participant, long lastSeq) {
    }

    /**
     * Every conversation the caller is an active member of, in conversation id order, each as the first of the
     * caller's participants (in {@link ChatIdentity} order) that is a member.
     */
    public Uni<List<ActiveMembership>> activeOf(ChatIdentity caller) {
        return pool.preparedQuery("""
                        SELECT m.conversation_id, m.participant, c.last_seq
                        FROM conversation_member m JOIN conversation c ON c.id = m.conversation_id
                        WHERE m.participant = ANY($1) AND m.active ORDER BY m.conversation_id""")
                .execute(Tuple.of(caller.texts()))
                .map(rows -> {
                    Map<Long, ActiveMembership> found = new LinkedHashMap<>();
                    for (Row row : rows) {
                        long id = row.getLong("conversation_id");
                        String participant = row.getString("participant");
                        ActiveMembership current = found.get(id);
                        if (current == null || rank(caller, participant) < rank(caller, current.participant())) {
                            found.put(id, new ActiveMembership(id, participant, row.getLong("last_seq")));
                        }
                    }
                    return List.copyOf(found.values());
                });
    }

    private static int rank(ChatIdentity caller, String participant) {
        return caller.participants().indexOf(Participant.parse(participant));
    }
}

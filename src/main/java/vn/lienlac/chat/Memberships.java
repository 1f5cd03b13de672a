package vn.lienlac.chat;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Who is an active member of which conversation, for checks outside the send path. */
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
}

package vn.lienlac.notifications.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import vn.lienlac.directory.Participant;

/**
 * The durable outbox as producers see it. Every method writes in the caller's connection, so it commits or rolls
 * back with the thing that caused it (a notice, a chat message, a directive, an invitation).
 */
public interface Outbox {

    /**
     * Records the items and, per the policy (docs/notifications.md), the attempt rows for each recipient: push to
     * their endpoints, then Zalo, then SMS where the kind, the school, the budget and the person's choices allow.
     * An item already enqueued for the same (itemRef, recipient) is left as it is.
     */
    Uni<Void> enqueue(SqlConnection conn, List<Reach> reaches, Instant now);

    /** The person read these items in the app: their pending attempts are skipped. */
    Uni<Void> read(SqlConnection conn, Participant recipient, List<String> itemRefs, Instant now);

    /** The person read a conversation (or their inbox) up to seq: pending attempts of items up to it are skipped. */
    Uni<Void> readUpTo(SqlConnection conn, Participant recipient, long conversationId, long seq, Instant now);

    /**
     * Many read marks at once (chat's receipt writer batches them like its other writes). This default settles them
     * one statement each, in order; an implementation should do it in one set-based statement.
     */
    default Uni<Void> readUpTo(SqlConnection conn, List<ReadMark> marks, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ReadMark mark : marks) {
            chain = chain.chain(() -> readUpTo(conn, mark.recipient(), mark.conversationId(), mark.seq(), now));
        }
        return chain;
    }
}

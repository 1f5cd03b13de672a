package vn.lienlac.chat.inbox;

import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Posts inbox items as notices and directives do: appended in one transaction, then handed to the fan-out. */
@ApplicationScoped
public class InboxPosts {

    private final Inboxes inboxes;
    private final Pool pool;

    public InboxPosts(Inboxes inboxes, Pool pool) {
        this.inboxes = inboxes;
        this.pool = pool;
    }

    /** The items' positions, in order. */
    public List<InboxPosition> post(InboxItem... items) {
        InboxWrite write = pool.withTransaction(conn -> inboxes.append(conn, List.of(items), Instant.now()))
                .await().atMost(Duration.ofSeconds(30));
        inboxes.committed(write);
        return write.positions();
    }
}

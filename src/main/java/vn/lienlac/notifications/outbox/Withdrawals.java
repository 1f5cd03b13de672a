package vn.lienlac.notifications.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import vn.lienlac.directory.Participant;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * A producer took items back (a notice withdrawn, or replaced by its correction): their attempts still queued end
 * SKIPPED with the error "withdrawn", in the caller's transaction. Attempts already made keep their state; the item
 * stays (the delivery report shows how far it got). An item ref {@code notice:12} also covers its versions
 * {@code notice:12:v2}, ... Found through the recipient's unread items (a read item has nothing queued).
 */
@ApplicationScoped
public class Withdrawals {

    private static final String SKIP = """
            UPDATE outbox o SET state = 'SKIPPED', error = 'withdrawn', finished_at = $3
            FROM unnest($1::text[], $2::text[]) AS w(ref, recipient)
            JOIN outbox_item i ON i.recipient = w.recipient AND i.read_at IS NULL
                 AND (i.item_ref = w.ref OR starts_with(i.item_ref, w.ref || ':v'))
            WHERE o.item_id = i.id AND o.state = 'QUEUED'""";

    /** One item taken back from one person. */
    public record Withdrawn(String itemRef, Participant recipient) {
    }

    /** Skips the queued attempts of these items (and of their versions). */
    public Uni<Void> withdraw(SqlConnection conn, List<Withdrawn> items, Instant now) {
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(SKIP).execute(Tuple.of(
                        items.stream().map(Withdrawn::itemRef).toArray(String[]::new),
                        items.stream().map(w -> w.recipient().toString()).toArray(String[]::new), SqlTimes.of(now)))
                .replaceWithVoid();
    }
}

package vn.lienlac.directives;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.inbox.InboxItem;
import vn.lienlac.chat.inbox.InboxWrite;
import vn.lienlac.chat.inbox.Inboxes;
import vn.lienlac.platform.time.TimeConfig;

/**
 * Puts directive items into staff members' chat inboxes, in the caller's transaction; {@link #committed} pushes them
 * live once it has committed. The returned positions are in the order of the staff ids given.
 */
@ApplicationScoped
public class InboxDelivery {

    private final Inboxes inboxes;
    private final InboxTexts texts;

    public InboxDelivery(Inboxes inboxes, TimeConfig time) {
        this.inboxes = inboxes;
        this.texts = new InboxTexts(time.zone());
    }

    public InboxTexts texts() {
        return texts;
    }

    /** One item with this text and data for each staff position, appended in this transaction. */
    public Uni<InboxWrite> post(SqlConnection conn, List<Long> staffIds, String text, String data, Instant now) {
        List<InboxItem> items = staffIds.stream()
                .map(id -> InboxItem.post(Participant.staff(id).toString(), text, data, false)).toList();
        return inboxes.append(conn, items, now);
    }

    /** Items of their own text and data, one per entry, appended in this transaction. */
    public Uni<InboxWrite> post(SqlConnection conn, List<InboxItem> items, Instant now) {
        return inboxes.append(conn, items, now);
    }

    /** After the commit: live delivery on every pod. */
    public void committed(InboxWrite write) {
        if (write != null) {
            inboxes.committed(write);
        }
    }
}

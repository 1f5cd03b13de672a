package vn.lienlac.notices.delivery;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.inbox.InboxItem;
import vn.lienlac.chat.inbox.InboxPosition;
import vn.lienlac.chat.inbox.InboxWrite;
import vn.lienlac.chat.inbox.Inboxes;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.render.NoticeTexts;
import vn.lienlac.notifications.outbox.Outbox;
import vn.lienlac.notifications.outbox.Reach;
import vn.lienlac.notifications.outbox.Withdrawals;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Puts notice changes into guardians' inboxes (chat's {@link Inboxes}) in the caller's transaction and records
 * where each notice landed ({@code notice_delivery}). An item is silent — delivered without a notification — during
 * quiet hours and for guardians who read the category in their daily digest, unless its batch is urgent.
 *
 * <p>In the same transaction it asks notifications' {@link Outbox} to reach each guardian told (one set-based
 * enqueue for the whole batch): not the guardians who read the category in their digest (unless urgent), and during
 * quiet hours the policy holds the attempts back. A withdrawal, or a correction of an item told before, skips the
 * queued attempts of the earlier version ({@link Withdrawals}).
 */
@ApplicationScoped
public class NoticeDelivery {

    private final Inboxes inboxes;
    private final NoticeQuietHours quiet;
    private final Outbox outbox;
    private final Withdrawals withdrawals;

    public NoticeDelivery(Inboxes inboxes, NoticeQuietHours quiet, Outbox outbox, Withdrawals withdrawals) {
        this.inboxes = inboxes;
        this.quiet = quiet;
        this.outbox = outbox;
        this.withdrawals = withdrawals;
    }

    /** Appends the items of these changes; hand the result to {@link #committed} after the commit. */
    public Uni<InboxWrite> deliver(SqlConnection conn, NoticeKind kind, List<Outgoing> changes, NoticeOrigin origin,
            Instant now) {
        Set<Long> guardians = new HashSet<>();
        changes.forEach(c -> {
            guardians.addAll(c.guardians());
            c.previous().forEach(d -> guardians.add(d.guardianId()));
        });
        if (guardians.isEmpty()) {
            return Uni.createFrom().item((InboxWrite) null);
        }
        boolean night = !origin.urgent() && quiet.isQuiet(now);
        return digestReaders(conn, kind, guardians).chain(digest -> {
            List<InboxItem> items = new ArrayList<>();
            List<long[]> posted = new ArrayList<>();
            List<Outgoing> reachFor = new ArrayList<>();
            List<Withdrawals.Withdrawn> takenBack = new ArrayList<>();
            for (Outgoing change : changes) {
                for (Outgoing.Delivered before : change.previous()) {
                    boolean silent = night || (digest.contains(before.guardianId()) && !origin.urgent());
                    items.add(change.change() == Outgoing.Change.WITHDRAW
                            ? InboxItem.withdraw(before.owner(), before.seq())
                            : InboxItem.correct(before.owner(), before.seq(), NoticeTexts.CORRECTION + change.text(),
                                    change.data(), silent));
                    posted.add(null);
                    takenBack.add(new Withdrawals.Withdrawn(NoticeReaches.itemRef(change.noticeId(), 1),
                            Participant.guardian(before.guardianId())));
                    reachFor.add(change.change() == Outgoing.Change.WITHDRAW
                            || (digest.contains(before.guardianId()) && !origin.urgent()) ? null : change);
                }
                for (long guardian : change.guardians()) {
                    items.add(InboxItem.post(Participant.guardian(guardian).toString(), change.text(), change.data(),
                            night || (digest.contains(guardian) && !origin.urgent())));
                    posted.add(new long[] {change.noticeId(), guardian});
                    reachFor.add(digest.contains(guardian) && !origin.urgent() ? null : change);
                }
            }
            return inboxes.append(conn, items, now)
                    .call(write -> record(conn, kind, items, posted, write, now))
                    .call(() -> withdrawn(conn, changes, now))
                    .call(() -> withdrawals.withdraw(conn, takenBack, now))
                    .call(write -> enqueue(conn, kind, items, reachFor, write, origin, now));
        });
    }

    /** Pushes the appended items to connected guardians; call after the transaction committed. */
    public void committed(InboxWrite write) {
        if (write != null) {
            inboxes.committed(write);
        }
    }

    /** One reach per item told to a guardian who is to be reached, all in one enqueue. */
    private Uni<Void> enqueue(SqlConnection conn, NoticeKind kind, List<InboxItem> items, List<Outgoing> reachFor,
            InboxWrite write, NoticeOrigin origin, Instant now) {
        List<Reach> reaches = new ArrayList<>();
        List<InboxPosition> positions = write.positions();
        for (int i = 0; i < items.size(); i++) {
            Outgoing change = reachFor.get(i);
            if (change != null) {
                InboxItem item = items.get(i);
                long guardian = Participant.parse(item.owner()).id();
                reaches.add(NoticeReaches.of(kind, change, guardian, item.text(), positions.get(i), origin));
            }
        }
        return reaches.isEmpty() ? Uni.createFrom().voidItem() : outbox.enqueue(conn, reaches, now);
    }

    private Uni<Set<Long>> digestReaders(SqlConnection conn, NoticeKind kind, Set<Long> guardians) {
        return conn.preparedQuery("SELECT guardian_id FROM notice_preference "
                        + "WHERE category = $1 AND mode = 'DIGEST' AND guardian_id = ANY($2)")
                .execute(Tuple.of(kind.name(), guardians.toArray(Long[]::new)))
                .map(rows -> {
                    Set<Long> ids = new HashSet<>();
                    for (Row row : rows) {
                        ids.add(row.getLong(0));
                    }
                    return ids;
                });
    }

    private Uni<Void> record(SqlConnection conn, NoticeKind kind, List<InboxItem> items, List<long[]> posted,
            InboxWrite write, Instant now) {
        List<Long> notices = new ArrayList<>();
        List<Long> guardians = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        List<Long> conversations = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        List<Boolean> silent = new ArrayList<>();
        List<InboxPosition> positions = write.positions();
        for (int i = 0; i < items.size(); i++) {
            if (posted.get(i) != null) {
                notices.add(posted.get(i)[0]);
                guardians.add(posted.get(i)[1]);
                owners.add(positions.get(i).owner());
                conversations.add(positions.get(i).conversationId());
                seqs.add(positions.get(i).seq());
                silent.add(items.get(i).silent());
            }
        }
        if (notices.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("""
                        INSERT INTO notice_delivery (notice_id, guardian_id, owner, conversation_id, seq, silent,
                                                     category, posted_at)
                        SELECT n, g, o, c, s, q, $7, $8
                        FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[], $5::bigint[],
                                    $6::boolean[]) AS u(n, g, o, c, s, q)
                        ON CONFLICT (notice_id, guardian_id) DO UPDATE
                        SET owner = excluded.owner, conversation_id = excluded.conversation_id, seq = excluded.seq,
                            silent = excluded.silent, posted_at = excluded.posted_at, withdrawn_at = NULL""")
                .execute(Tuple.from(List.of(notices.toArray(Long[]::new), guardians.toArray(Long[]::new),
                        owners.toArray(String[]::new), conversations.toArray(Long[]::new), seqs.toArray(Long[]::new),
                        silent.toArray(Boolean[]::new), kind.name(), SqlTimes.of(now))))
                .replaceWithVoid();
    }

    private static Uni<Void> withdrawn(SqlConnection conn, List<Outgoing> changes, Instant now) {
        Long[] ids = changes.stream().filter(c -> c.change() == Outgoing.Change.WITHDRAW)
                .map(Outgoing::noticeId).toArray(Long[]::new);
        if (ids.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("UPDATE notice_delivery SET withdrawn_at = $2 "
                        + "WHERE notice_id = ANY($1) AND withdrawn_at IS NULL")
                .execute(Tuple.of(ids, SqlTimes.of(now))).replaceWithVoid();
    }
}

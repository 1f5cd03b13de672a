package vn.lienlac.chat.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventDraft;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.chat.event.EventType;
import vn.lienlac.chat.fanout.Fanout;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Participants' inboxes: read-only conversations into which other features (notices, directives) post items.
 * An item is an event of the inbox's gap-free sequence, so it reaches a connected client at once on any pod, is
 * replayed on resume by cursor and is read-tracked by the member's watermarks, exactly like a chat message.
 * The caller keeps its own records and decides what changed; this class does not deduplicate.
 */
@ApplicationScoped
public class Inboxes {

    // Sorted owners, so that two transactions creating the same inboxes wait for each other instead of deadlocking.
    private static final String CREATE = """
            INSERT INTO conversation (kind, inbox_owner, created_at)
            SELECT 'INBOX', o, $2 FROM unnest($1::text[]) AS o ORDER BY o
            ON CONFLICT (inbox_owner) WHERE kind = 'INBOX' DO NOTHING""";

    // Owners who are not active members of their inbox yet (new inboxes, or deactivated by a directory import and
    // addressed again since): they join, with a MEMBER_JOINED event that tells their open connections to follow it.
    private static final String JOIN = """
            INSERT INTO conversation_member (conversation_id, participant, role, source, joined_at)
            SELECT c.id, c.inbox_owner, 'OWNER', 'DIRECTORY', $2 FROM conversation c
            WHERE c.kind = 'INBOX' AND c.inbox_owner = ANY($1::text[])
            ORDER BY c.id
            ON CONFLICT (conversation_id, participant) DO UPDATE SET active = true, left_at = NULL
                WHERE NOT conversation_member.active
            RETURNING conversation_id, participant""";

    private static final String IDS = "SELECT id, inbox_owner FROM conversation "
            + "WHERE kind = 'INBOX' AND inbox_owner = ANY($1::text[])";

    private static final String CORRECT = """
            UPDATE chat_event t SET body = u.body, data = u.data::jsonb, edited_at = $5
            FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS u(conversation_id, seq, body, data)
            WHERE t.conversation_id = u.conversation_id AND t.seq = u.seq AND t.type = 'ITEM'""";

    private static final String WITHDRAW = """
            UPDATE chat_event t SET recalled_at = $3
            FROM unnest($1::bigint[], $2::bigint[]) AS u(conversation_id, seq)
            WHERE t.conversation_id = u.conversation_id AND t.seq = u.seq AND t.type = 'ITEM'""";

    private static final String MARKS = """
            SELECT c.inbox_owner, c.id, c.last_seq, m.delivered_seq, m.read_seq
            FROM conversation c
            JOIN conversation_member m ON m.conversation_id = c.id AND m.participant = c.inbox_owner
            WHERE c.kind = 'INBOX' AND c.inbox_owner = ANY($1::text[])""";

    private final Pool pool;
    private final EventLog log;
    private final Fanout fanout;

    public Inboxes(Pool pool, EventLog log, Fanout fanout) {
        this.pool = pool;
        this.log = log;
        this.fanout = fanout;
    }

    /**
     * Appends the items in the caller's transaction, creating missing inboxes. Items of one owner keep their list
     * order. Call it at most once per transaction, before locking any conversation otherwise.
     *
     * @throws IllegalArgumentException (as the failure) when a correction or withdrawal names no item of the inbox
     */
    public Uni<InboxWrite> append(SqlConnection conn, List<InboxItem> items, Instant now) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(InboxWrite.EMPTY);
        }
        String[] owners = new TreeSet<>(items.stream().map(InboxItem::owner).toList()).toArray(String[]::new);
        Tuple ownersAt = Tuple.of(owners, SqlTimes.of(now));
        return conn.preparedQuery(CREATE).execute(ownersAt)
                .chain(() -> conn.preparedQuery(JOIN).execute(ownersAt))
                .chain(joinedRows -> conn.preparedQuery(IDS).execute(Tuple.of(owners)).chain(idRows -> {
                    Map<String, Long> inboxOf = new HashMap<>();
                    for (Row row : idRows) {
                        inboxOf.put(row.getString("inbox_owner"), row.getLong("id"));
                    }
                    List<Map.Entry<Long, EventDraft>> drafts = new ArrayList<>();
                    for (Row row : joinedRows) {
                        drafts.add(Map.entry(row.getLong("conversation_id"),
                                EventDraft.membership(EventType.MEMBER_JOINED, row.getString("participant"))));
                    }
                    int joined = drafts.size();
                    for (InboxItem item : items) {
                        drafts.add(Map.entry(inboxOf.get(item.owner()), draft(item)));
                    }
                    return log.lock(conn, inboxOf.values())
                            .chain(last -> log.appendLocked(conn, last, drafts, now))
                            .chain(events -> {
                                List<ChatEvent> itemEvents = events.subList(joined, events.size());
                                return updateTargets(conn, items, itemEvents, now)
                                        .replaceWith(() -> write(items, itemEvents, events));
                            });
                }));
    }

    /** After the commit of {@link #append}'s transaction: delivers here and wakes the other pods. */
    public void committed(InboxWrite write) {
        fanout.committed(write.events());
    }

    /** The owners' inbox watermarks; owners without an inbox get zeros. */
    public Uni<Map<String, InboxMarks>> marks(Collection<String> owners) {
        String[] list = new TreeSet<>(owners).toArray(String[]::new);
        return pool.preparedQuery(MARKS).execute(Tuple.of((Object) list)).map(rows -> {
            Map<String, InboxMarks> marks = new HashMap<>();
            for (String owner : list) {
                marks.put(owner, new InboxMarks(owner, 0, 0, 0, 0));
            }
            for (Row row : rows) {
                String owner = row.getString("inbox_owner");
                marks.put(owner, new InboxMarks(owner, row.getLong("id"), row.getLong("last_seq"),
                        row.getLong("delivered_seq"), row.getLong("read_seq")));
            }
            return marks;
        });
    }

    private static EventDraft draft(InboxItem item) {
        String silentFor = item.silent() ? item.owner() : null;
        return switch (item.action()) {
            case POST -> EventDraft.item(EventType.ITEM, null, item.text(), item.data(), silentFor);
            case CORRECT -> EventDraft.item(EventType.ITEM_CORRECTED, item.targetSeq(), item.text(), item.data(),
                    silentFor);
            case WITHDRAW -> EventDraft.item(EventType.ITEM_WITHDRAWN, item.targetSeq(), null, null, null);
        };
    }

    /** Gives corrected and withdrawn items their current state; fails when one of them is not an item. */
    private static Uni<Void> updateTargets(SqlConnection conn, List<InboxItem> items, List<ChatEvent> events,
            Instant now) {
        List<Long> correctConversation = new ArrayList<>();
        List<Long> correctSeq = new ArrayList<>();
        List<String> correctText = new ArrayList<>();
        List<String> correctData = new ArrayList<>();
        List<Long> withdrawConversation = new ArrayList<>();
        List<Long> withdrawSeq = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            InboxItem item = items.get(i);
            long conversationId = events.get(i).conversationId();
            if (item.action() == InboxAction.CORRECT) {
                correctConversation.add(conversationId);
                correctSeq.add(item.targetSeq());
                correctText.add(item.text());
                correctData.add(item.data());
            } else if (item.action() == InboxAction.WITHDRAW) {
                withdrawConversation.add(conversationId);
                withdrawSeq.add(item.targetSeq());
            }
        }
        Uni<Void> corrected = correctSeq.isEmpty() ? Uni.createFrom().voidItem()
                : conn.preparedQuery(CORRECT).execute(Tuple.of(correctConversation.toArray(Long[]::new),
                                correctSeq.toArray(Long[]::new), correctText.toArray(String[]::new),
                                correctData.toArray(String[]::new), SqlTimes.of(now)))
                        .invoke(rows -> requireAll(rows.rowCount(), correctSeq.size(), "correct"))
                        .replaceWithVoid();
        return corrected.chain(() -> withdrawSeq.isEmpty() ? Uni.createFrom().voidItem()
                : conn.preparedQuery(WITHDRAW).execute(Tuple.of(withdrawConversation.toArray(Long[]::new),
                                withdrawSeq.toArray(Long[]::new), SqlTimes.of(now)))
                        .invoke(rows -> requireAll(rows.rowCount(), withdrawSeq.size(), "withdraw"))
                        .replaceWithVoid());
    }

    private static void requireAll(int changed, int expected, String what) {
        if (changed != expected) {
            throw new IllegalArgumentException("asked to " + what + " " + expected + " inbox items, found "
                    + changed);
        }
    }

    private static InboxWrite write(List<InboxItem> items, List<ChatEvent> itemEvents, List<ChatEvent> all) {
        List<InboxPosition> positions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ChatEvent event = itemEvents.get(i);
            positions.add(new InboxPosition(items.get(i).owner(), event.conversationId(), event.seq()));
        }
        return new InboxWrite(positions, all);
    }
}

package vn.lienlac.chat.event;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The per-conversation sequences of events. Appending locks the conversation rows (in id order, so that two writers
 * never deadlock), takes the next numbers from {@code conversation.last_seq} and inserts the events, all in the
 * caller's transaction: a rolled-back append leaves no hole. Whoever appends must call
 * {@code vn.lienlac.chat.fanout.Fanout#committed} with the returned events once the transaction has committed.
 */
@ApplicationScoped
public class EventLog {

    private static final String INSERT = """
            WITH ins AS (
                INSERT INTO chat_event (conversation_id, seq, type, sender, client_id, body, reply_to, target_seq,
                                        subject, attachment_id, silent_for, created_at, data)
                SELECT c, s, t, se, ci, b, r, ts, su, a, sf, ca, d::jsonb
                FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[],
                            $7::bigint[], $8::bigint[], $9::text[], $10::uuid[], $11::text[], $12::timestamptz[],
                            $13::text[]) AS u(c, s, t, se, ci, b, r, ts, su, a, sf, ca, d)
                RETURNING *)
            SELECT %s FROM ins e LEFT JOIN chat_attachment a ON a.id = e.attachment_id
            ORDER BY e.conversation_id, e.seq""".formatted(EventRows.COLUMNS);

    private static final String SELECT = "SELECT " + EventRows.COLUMNS
            + " FROM chat_event e LEFT JOIN chat_attachment a ON a.id = e.attachment_id ";

    private final Pool pool;

    public EventLog(Pool pool) {
        this.pool = pool;
    }

    /**
     * Locks the conversations (id order) for the rest of the transaction.
     *
     * @return each existing conversation's last sequence number; unknown ids are absent
     */
    public Uni<Map<Long, Long>> lock(SqlConnection conn, Collection<Long> conversationIds) {
        Long[] ids = new TreeSet<>(conversationIds).toArray(Long[]::new);
        return conn.preparedQuery("SELECT id, last_seq FROM conversation WHERE id = ANY($1) ORDER BY id FOR UPDATE")
                .execute(Tuple.of(ids))
                .map(rows -> {
                    Map<Long, Long> last = new HashMap<>();
                    for (Row row : rows) {
                        last.put(row.getLong("id"), row.getLong("last_seq"));
                    }
                    return last;
                });
    }

    /**
     * Appends drafts to conversations already {@link #lock locked} in this transaction, numbering them from each
     * conversation's last sequence number on, in list order. The events come back in the order of the drafts.
     *
     * @param lastSeq the conversations' last sequence numbers, as {@link #lock} returned them
     */
    public Uni<List<ChatEvent>> appendLocked(SqlConnection conn, Map<Long, Long> lastSeq,
            List<Map.Entry<Long, EventDraft>> drafts, Instant now) {
        if (drafts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<Long, Long> next = new HashMap<>(lastSeq);
        int n = drafts.size();
        Long[] conversation = new Long[n];
        Long[] seq = new Long[n];
        String[] type = new String[n];
        String[] sender = new String[n];
        String[] clientId = new String[n];
        String[] body = new String[n];
        Long[] replyTo = new Long[n];
        Long[] targetSeq = new Long[n];
        String[] subject = new String[n];
        UUID[] attachment = new UUID[n];
        String[] silentFor = new String[n];
        OffsetDateTime[] createdAt = new OffsetDateTime[n];
        String[] data = new String[n];
        for (int i = 0; i < n; i++) {
            long id = drafts.get(i).getKey();
            EventDraft draft = drafts.get(i).getValue();
            Long last = next.get(id);
            if (last == null) {
                throw new IllegalStateException("conversation " + id + " was not locked");
            }
            next.put(id, last + 1);
            conversation[i] = id;
            seq[i] = last + 1;
            type[i] = draft.type().name();
            sender[i] = draft.sender();
            clientId[i] = draft.clientId();
            body[i] = draft.body();
            replyTo[i] = draft.replyTo();
            targetSeq[i] = draft.targetSeq();
            subject[i] = draft.subject();
            attachment[i] = draft.attachmentId();
            silentFor[i] = draft.silentFor();
            createdAt[i] = SqlTimes.of(now);
            data[i] = draft.data();
        }
        List<Long> changedIds = new ArrayList<>();
        List<Long> changedLast = new ArrayList<>();
        next.forEach((id, last) -> {
            if (!last.equals(lastSeq.get(id))) {
                changedIds.add(id);
                changedLast.add(last);
            }
        });
        Tuple insert = Tuple.tuple(List.of(conversation, seq, type, sender, clientId, body, replyTo, targetSeq,
                subject, attachment, silentFor, createdAt, data));
        return conn.preparedQuery("UPDATE conversation c SET last_seq = b.last "
                        + "FROM unnest($1::bigint[], $2::bigint[]) AS b(id, last) WHERE c.id = b.id")
                .execute(Tuple.of(changedIds.toArray(Long[]::new), changedLast.toArray(Long[]::new)))
                .chain(() -> conn.preparedQuery(INSERT).execute(insert))
                .map(rows -> inDraftOrder(events(rows), conversation, seq));
    }

    /** The stored events in the order of the drafts they came from (the insert returns them per conversation). */
    private static List<ChatEvent> inDraftOrder(List<ChatEvent> stored, Long[] conversation, Long[] seq) {
        Map<String, ChatEvent> byKey = new HashMap<>();
        for (ChatEvent event : stored) {
            byKey.put(event.conversationId() + "#" + event.seq(), event);
        }
        List<ChatEvent> ordered = new ArrayList<>(conversation.length);
        for (int i = 0; i < conversation.length; i++) {
            ordered.add(byKey.get(conversation[i] + "#" + seq[i]));
        }
        return ordered;
    }

    /** Locks one conversation and appends drafts to it, in the caller's transaction. */
    public Uni<List<ChatEvent>> append(SqlConnection conn, long conversationId, List<EventDraft> drafts,
            Instant now) {
        return lock(conn, List.of(conversationId)).chain(last -> {
            if (!last.containsKey(conversationId)) {
                return Uni.createFrom().failure(new IllegalArgumentException("no conversation " + conversationId));
            }
            List<Map.Entry<Long, EventDraft>> entries = drafts.stream()
                    .map(draft -> Map.entry(conversationId, draft)).toList();
            return appendLocked(conn, last, entries, now);
        });
    }

    /** Events after {@code afterSeq}, oldest first, at most {@code limit}. */
    public Uni<List<ChatEvent>> after(long conversationId, long afterSeq, int limit) {
        return after(pool, conversationId, afterSeq, limit);
    }

    public Uni<List<ChatEvent>> after(SqlClient client, long conversationId, long afterSeq, int limit) {
        return client.preparedQuery(SELECT + "WHERE e.conversation_id = $1 AND e.seq > $2 ORDER BY e.seq LIMIT $3")
                .execute(Tuple.of(conversationId, afterSeq, limit))
                .map(EventLog::events);
    }

    /** Events strictly between two sequence numbers, oldest first, at most {@code limit} (the oldest ones). */
    public Uni<List<ChatEvent>> between(long conversationId, long afterSeq, long beforeSeq, int limit) {
        return pool.preparedQuery(SELECT
                        + "WHERE e.conversation_id = $1 AND e.seq > $2 AND e.seq < $3 ORDER BY e.seq LIMIT $4")
                .execute(Tuple.of(conversationId, afterSeq, beforeSeq, limit))
                .map(EventLog::events);
    }

    /** The newest events before {@code beforeSeq}, oldest first, at most {@code limit}. */
    public Uni<List<ChatEvent>> latestBefore(long conversationId, long beforeSeq, int limit) {
        return pool.preparedQuery(SELECT
                        + "WHERE e.conversation_id = $1 AND e.seq < $2 ORDER BY e.seq DESC LIMIT $3")
                .execute(Tuple.of(conversationId, beforeSeq, limit))
                .map(rows -> {
                    List<ChatEvent> events = events(rows);
                    Collections.reverse(events);
                    return events;
                });
    }

    private static List<ChatEvent> events(RowSet<Row> rows) {
        List<ChatEvent> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            events.add(EventRows.event(row));
        }
        return events;
    }
}

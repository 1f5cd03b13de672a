package vn.lienlac.chat.send;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.lienlac.chat.ChatConfig;
import vn.lienlac.chat.ChatError;
import vn.lienlac.chat.ChatException;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventDraft;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.chat.event.EventType;
import vn.lienlac.chat.fanout.Fanout;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Edits and recalls by a message's sender, within their windows. Each is a new event that points at the message
 * and, in the same transaction, updates the message's current state, so a replay shows the final text.
 */
@ApplicationScoped
public class MessageChanges {

    private static final String TARGET = """
            SELECT m.participant, t.sender, t.type, t.created_at, t.recalled_at, t.hidden_at,
                   EXISTS (SELECT 1 FROM conversation c JOIN directory_classes cl ON cl.id = c.class_id
                           WHERE c.id = m.conversation_id AND cl.closed_at IS NOT NULL) AS closed
            FROM conversation_member m
            LEFT JOIN chat_event t ON t.conversation_id = m.conversation_id AND t.seq = $3
            WHERE m.conversation_id = $1 AND m.participant = ANY($2) AND m.active""";

    private final Pool pool;
    private final EventLog log;
    private final Fanout fanout;
    private final Clock clock;
    private final ChatConfig config;

    public MessageChanges(Pool pool, EventLog log, Fanout fanout, Clock clock, ChatConfig config) {
        this.pool = pool;
        this.log = log;
        this.fanout = fanout;
        this.clock = clock;
        this.config = config;
    }

    /** Replaces the text of one's own message; the item is the stored EDITED event. */
    public Uni<ChatEvent> edit(long conversationId, List<String> candidates, long seq, String text) {
        return change(conversationId, candidates, seq, EventType.EDITED, config.editWindow(), text);
    }

    /** Recalls one's own message; the item is the stored RECALLED event. */
    public Uni<ChatEvent> recall(long conversationId, List<String> candidates, long seq) {
        return change(conversationId, candidates, seq, EventType.RECALLED, config.recallWindow(), null);
    }

    private Uni<ChatEvent> change(long conversationId, List<String> candidates, long seq, EventType type,
            Duration window, String text) {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> log.lock(conn, List.of(conversationId))
                        .chain(last -> conn.preparedQuery(TARGET)
                                .execute(Tuple.of(conversationId, candidates.toArray(String[]::new), seq)))
                        .chain(rows -> {
                            Row target = check(rows.iterator().hasNext() ? rows.iterator().next() : null,
                                    candidates, now, window);
                            String sender = target.getString("sender");
                            return log.append(conn, conversationId,
                                            List.of(EventDraft.about(type, sender, null, seq, text)), now)
                                    .call(events -> update(conn, conversationId, seq, type, text, now));
                        }))
                .invoke(fanout::committed)
                .map(events -> events.get(0));
    }

    private static Row check(Row row, List<String> candidates, Instant now, Duration window) {
        if (row == null) {
            throw new ChatException(ChatError.NOT_A_MEMBER);
        }
        if (row.getBoolean("closed")) {
            throw new ChatException(ChatError.CONVERSATION_CLOSED);
        }
        if (row.getString("type") == null || !"MESSAGE".equals(row.getString("type"))
                || row.getOffsetDateTime("hidden_at") != null) {
            throw new ChatException(ChatError.NOT_FOUND);
        }
        if (!candidates.contains(row.getString("sender"))) {
            throw new ChatException(ChatError.NOT_YOURS);
        }
        if (row.getOffsetDateTime("recalled_at") != null) {
            throw new ChatException(ChatError.RECALLED);
        }
        if (SqlTimes.instant(row, "created_at").plus(window).isBefore(now)) {
            throw new ChatException(ChatError.WINDOW_CLOSED);
        }
        return row;
    }

    private static Uni<Void> update(SqlConnection conn, long conversationId, long seq, EventType type, String text,
            Instant now) {
        Tuple params = type == EventType.EDITED
                ? Tuple.of(conversationId, seq, SqlTimes.of(now), text)
                : Tuple.of(conversationId, seq, SqlTimes.of(now));
        String sql = type == EventType.EDITED
                ? "UPDATE chat_event SET edited_at = $3, body = $4 WHERE conversation_id = $1 AND seq = $2"
                : "UPDATE chat_event SET recalled_at = $3 WHERE conversation_id = $1 AND seq = $2";
        return conn.preparedQuery(sql).execute(params)
                .replaceWithVoid();
    }
}

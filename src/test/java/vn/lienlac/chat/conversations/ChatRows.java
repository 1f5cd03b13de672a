package vn.lienlac.chat.conversations;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventDraft;
import vn.lienlac.chat.event.EventLog;

/**
 * Chat rows that other parts of the chat make (class groups from the directory, messages from the WebSocket,
 * blocks, receipts), made directly for tests; events always through the {@link EventLog}. Blocking on purpose.
 */
@ApplicationScoped
public class ChatRows {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Pool pool;
    private final EventLog log;

    public ChatRows(Pool pool, EventLog log) {
        this.pool = pool;
        this.log = log;
    }

    public long classId(String schoolCode, String className) {
        return number("""
                SELECT c.id FROM school_class c JOIN school s ON s.id = c.school_id
                WHERE s.code = $1 AND c.name = $2""", schoolCode, className);
    }

    public long schoolId(String schoolCode) {
        return number("SELECT id FROM school WHERE code = $1", schoolCode);
    }

    /** A conversation as the directory's membership sync would make it, with these active members. */
    public long group(String kind, Long schoolId, Long classId, String... members) {
        long id = number("""
                INSERT INTO conversation (kind, school_id, class_id, created_at) VALUES ($1, $2, $3, now())
                RETURNING id""", kind, schoolId, classId);
        for (String member : members) {
            execute("""
                    INSERT INTO conversation_member (conversation_id, participant, source, joined_at)
                    VALUES ($1, $2, 'DIRECTORY', now())""", id, member);
        }
        return id;
    }

    /** {@code count} messages from {@code sender}, stored at {@code at}. */
    public List<ChatEvent> messages(long conversationId, String sender, int count, Instant at) {
        List<EventDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String clientId = UUID.randomUUID().toString();
            drafts.add(EventDraft.message(sender, clientId, "Tin nhắn số " + (i + 1), null, null, null));
        }
        return pool.withTransaction(conn -> log.append(conn, conversationId, drafts, at)).await().atMost(TIMEOUT);
    }

    public void recall(long conversationId, long seq) {
        execute("UPDATE chat_event SET recalled_at = now(), body = NULL WHERE conversation_id = $1 AND seq = $2",
                conversationId, seq);
    }

    public void hide(long conversationId, long seq) {
        execute("UPDATE chat_event SET hidden_at = now() WHERE conversation_id = $1 AND seq = $2",
                conversationId, seq);
    }

    public void read(long conversationId, String participant, long seq) {
        execute("UPDATE conversation_member SET read_seq = $3, delivered_seq = $3 "
                + "WHERE conversation_id = $1 AND participant = $2", conversationId, participant, seq);
    }

    public void block(String blocker, String blocked) {
        execute("INSERT INTO chat_block (blocker, blocked, created_at) VALUES ($1, $2, now())", blocker, blocked);
    }

    public long count(String sql, Object... params) {
        return number(sql, params);
    }

    public void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
    }

    private long number(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT)
                .iterator().next().getLong(0);
    }
}

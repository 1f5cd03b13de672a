package vn.lienlac.chat.scheduled;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.chat.ChatConfig;
import vn.lienlac.chat.ChatError;
import vn.lienlac.chat.ChatException;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.Memberships;
import vn.lienlac.chat.MessageText;
import vn.lienlac.chat.send.MessageWriter;
import vn.lienlac.chat.send.SendCommand;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.OneAtATime;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.time.NotSent;
import vn.lienlac.platform.time.SendAt;

/**
 * Chat messages sent later (docs/chat-rest.md, "Send later"): stored by an active member of the conversation, seen by
 * nobody else until their time, then sent through the {@link MessageWriter} as if the author sent them then (the
 * membership is checked again). {@link #sendDue(Instant)}, run on every pod, claims one due row at a time with
 * {@code FOR UPDATE SKIP LOCKED} and a lease; the send carries the row's client id, so a second send after a lost
 * lease finds the message stored and adds nothing: each goes once. A cancel waits on the row lock: it stops a row still
 * scheduled, and answers 409 for one taken.
 */
@ApplicationScoped
public class ScheduledMessages {

    static final String NOT_MEMBER = "Không tìm thấy cuộc trò chuyện này.";
    static final String NOT_FOUND = "Không tìm thấy tin nhắn hẹn giờ này.";
    static final String ALREADY_SENT = "Tin nhắn đã được gửi, không thể hủy nữa.";
    static final String NOT_SENT = "Tin nhắn này đã không gửi được; không còn gì để hủy.";
    static final String NO_TEXT = "Hãy nhập nội dung tin nhắn.";
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int MAX_PER_RUN = 200;

    private static final String INSERT = """
            INSERT INTO chat_scheduled_message (conversation_id, author, client_id, text, send_at, created_at)
            VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (conversation_id, author, client_id) DO NOTHING
            RETURNING\s""" + ScheduledMessage.COLUMNS;

    private static final String FIND = "SELECT " + ScheduledMessage.COLUMNS + " FROM chat_scheduled_message "
            + "WHERE conversation_id = $1 AND author = $2 AND client_id = $3";

    private static final String LIST = "SELECT " + ScheduledMessage.COLUMNS + " FROM chat_scheduled_message "
            + "WHERE author = ANY($1) ORDER BY send_at DESC, id DESC LIMIT 200";

    private static final String LOCK = "SELECT " + ScheduledMessage.COLUMNS + ", author FROM chat_scheduled_message "
            + "WHERE id = $1 AND author = ANY($2) FOR UPDATE";

    private static final String CANCEL = "UPDATE chat_scheduled_message SET state = 'CANCELLED', done_at = $2 "
            + "WHERE id = $1 RETURNING " + ScheduledMessage.COLUMNS;

    private static final String CLAIM = """
            UPDATE chat_scheduled_message SET state = 'SENDING', claimed_until = $2
            WHERE id = (SELECT id FROM chat_scheduled_message
                        WHERE (state = 'SCHEDULED' AND send_at <= $1) OR (state = 'SENDING' AND claimed_until < $1)
                        ORDER BY send_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, conversation_id, author, client_id, text""";

    private static final String DONE = "UPDATE chat_scheduled_message SET state = $2, seq = $3, failure_code = $4, "
            + "failure = $5, done_at = $6, claimed_until = NULL WHERE id = $1 AND state = 'SENDING'";

    /** Why a message did not go when its author had left the conversation by its time (one rule, {@link NotSent}). */
    static final String NOT_PERMITTED = "Người hẹn gửi không còn là thành viên của cuộc trò chuyện này.";

    private final Pool pool;
    private final ChatIdentities identities;
    private final Memberships memberships;
    private final MessageWriter writer;
    private final ChatConfig config;
    private final AuditLog audit;
    private final Clock clock;

    public ScheduledMessages(Pool pool, ChatIdentities identities, Memberships memberships, MessageWriter writer,
            ChatConfig config, AuditLog audit, Clock clock) {
        this.pool = pool;
        this.identities = identities;
        this.memberships = memberships;
        this.writer = writer;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /** A message to send later: what the author writes. */
    public record Request(String text, OffsetDateTime sendAt, String clientId) {

        @Override
        public String toString() {
            return "Request[" + sendAt + " " + clientId + "]";
        }
    }

    /**
     * Stores a message for {@code sendAt} (audited). 404 unless the caller is an active member; 400 for a bad time or
     * text. Scheduling the same client id again answers the stored one.
     */
    public Uni<ScheduledMessage> schedule(SecurityIdentity identity, long conversationId, Request request) {
        Instant now = clock.instant();
        String text;
        Instant at;
        String clientId;
        try {
            text = text(request);
            if (request.sendAt() == null) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "Hãy chọn thời điểm gửi (sendAt).",
                        List.of(Map.of("field", "sendAt", "message", "Hãy chọn thời điểm gửi (sendAt).")));
            }
            at = SendAt.check(request.sendAt(), now, "sendAt");
            clientId = clientId(request.clientId());
        } catch (ApiException e) {
            return Uni.createFrom().failure(e);
        }
        return identities.of(identity).chain(caller -> memberships.memberAs(caller, conversationId)).chain(as -> {
            if (as == null) {
                return Uni.createFrom().failure(ApiException.notFound(NOT_MEMBER));
            }
            String author = as.toString();
            return pool.withTransaction(conn -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {
                    conversationId, author, clientId, text, SqlTimes.of(at), SqlTimes.of(now)})).chain(rows -> {
                        RowIterator<Row> it = rows.iterator();
                        if (!it.hasNext()) {
                            return conn.preparedQuery(FIND).execute(Tuple.of(conversationId, author, clientId))
                                    .map(found -> ScheduledMessage.of(found.iterator().next()));
                        }
                        ScheduledMessage stored = ScheduledMessage.of(it.next());
                        return audit.record(conn, new AuditEntry(AuditAction.CHAT_MESSAGE_SCHEDULED,
                                AuditOutcome.SUCCESS, author, String.valueOf(stored.id()), null, null, null,
                                Map.of("conversationId", conversationId, "sendAt", at.toString())))
                                .replaceWith(stored);
                    }));
        });
    }

    /** The caller's scheduled messages, latest time first, whatever their state. */
    public Uni<List<ScheduledMessage>> mine(SecurityIdentity identity) {
        return identities.of(identity).chain(caller -> pool.preparedQuery(LIST).execute(Tuple.of(caller.texts()))
                .map(rows -> {
                    List<ScheduledMessage> list = new ArrayList<>();
                    rows.forEach(row -> list.add(ScheduledMessage.of(row)));
                    return list;
                }));
    }

    /** Cancels one of the caller's scheduled messages (audited); 404 for another's, 409 once it was taken to send. */
    public Uni<ScheduledMessage> cancel(SecurityIdentity identity, long id) {
        Instant now = clock.instant();
        return identities.of(identity).chain(caller -> pool.withTransaction(conn -> conn.preparedQuery(LOCK)
                .execute(Tuple.of(id, caller.texts())).chain(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return Uni.createFrom().failure(ApiException.notFound(NOT_FOUND));
                    }
                    Row row = it.next();
                    ScheduledMessage found = ScheduledMessage.of(row);
                    return switch (found.state()) {
                        case "SCHEDULED" -> conn.preparedQuery(CANCEL).execute(Tuple.of(id, SqlTimes.of(now)))
                                .map(updated -> ScheduledMessage.of(updated.iterator().next()))
                                .call(() -> audit.record(conn, new AuditEntry(AuditAction.CHAT_SCHEDULE_CANCELLED,
                                        AuditOutcome.SUCCESS, row.getString("author"), String.valueOf(id), null,
                                        null, null, Map.of("conversationId", found.conversationId()))));
                        case "CANCELLED" -> Uni.createFrom().item(found);
                        case "FAILED" -> Uni.createFrom().failure(new ApiException(ErrorCode.CONFLICT, NOT_SENT));
                        default -> Uni.createFrom().failure(new ApiException(ErrorCode.CONFLICT, ALREADY_SENT));
                    };
                })));
    }

    /** Sends every message due at {@code now}, one at a time; answers how many were taken. */
    public Uni<Integer> sendDue(Instant now) {
        return OneAtATime.repeat(MAX_PER_RUN, () -> pool.preparedQuery(CLAIM)
                .execute(Tuple.of(SqlTimes.of(now), SqlTimes.of(now.plus(LEASE))))
                .chain(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    return it.hasNext() ? send(it.next(), now).replaceWith(true) : Uni.createFrom().item(false);
                }));
    }

    /**
     * Sends a claimed message as its author would now; the writer checks the membership again. A refusal ends the row
     * FAILED ({@link NotSent}: an author no longer a member is {@code NOT_PERMITTED}), audited in the same transaction.
     */
    private Uni<Void> send(Row row, Instant now) {
        long id = row.getLong("id");
        long conversationId = row.getLong("conversation_id");
        String author = row.getString("author");
        SendCommand command = new SendCommand(conversationId, List.of(author), row.getString("client_id"),
                row.getString("text"), null, null);
        return writer.send(command).chain(result -> {
            if (result.isStored()) {
                return pool.preparedQuery(DONE).execute(Tuple.from(new Object[] {id, "SENT", result.seq(), null, null,
                        SqlTimes.of(now)})).replaceWithVoid();
            }
            NotSent why = result.refusal() == ChatError.NOT_A_MEMBER ? NotSent.notPermitted(NOT_PERMITTED)
                    : new NotSent(result.refusal().name(), result.refusal().message());
            return pool.withTransaction(conn -> conn.preparedQuery(DONE).execute(Tuple.from(new Object[] {id,
                    "FAILED", null, why.code(), why.reason(), SqlTimes.of(now)}))
                    .chain(updated -> updated.rowCount() == 0 ? Uni.createFrom().voidItem()
                            : audit.record(conn, new AuditEntry(AuditAction.CHAT_SCHEDULE_FAILED, AuditOutcome.FAILURE,
                                    author, String.valueOf(id), null, null, null,
                                    Map.of("conversationId", conversationId, "code", why.code())))));
        });
    }

    private String text(Request request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, NO_TEXT,
                    List.of(Map.of("field", "text", "message", NO_TEXT)));
        }
        try {
            return MessageText.normalise(request.text(), config.maxTextChars());
        } catch (ChatException e) {
            String message = e.error().message();
            throw new ApiException(ErrorCode.VALIDATION_FAILED, message,
                    List.of(Map.of("field", "text", "message", message)));
        }
    }

    private static String clientId(String given) {
        if (given == null || given.isBlank()) {
            return "later-" + UUID.randomUUID();
        }
        if (given.length() > 64 || !given.matches("[A-Za-z0-9._:-]+")) {
            String message = "Mã tin nhắn (clientId) gồm tối đa 64 chữ, số hoặc . _ : -";
            throw new ApiException(ErrorCode.VALIDATION_FAILED, message,
                    List.of(Map.of("field", "clientId", "message", message)));
        }
        return given;
    }
}

package vn.lienlac.chat.conversations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.chat.fanout.Fanout;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Opens the direct conversation of two participants, or finds it: one per pair, keyed by both participants sorted
 * and joined with {@code |}. The rule check, the insert and the members' MEMBER_JOINED events are one transaction;
 * two people opening the same pair at once meet on the unique key and get the same conversation. Like every
 * membership change, it locks the conversation row before it touches member rows.
 */
@ApplicationScoped
public class DirectConversations {

    private static final String INSERT = """
            INSERT INTO conversation (kind, direct_key, created_by, created_at) VALUES ('DIRECT', $1, $2, $3)
            ON CONFLICT (direct_key) DO NOTHING RETURNING id""";

    private final Pool pool;
    private final DirectRules rules;
    private final ManualMemberWriter members;
    private final EventLog log;
    private final Fanout fanout;
    private final ConversationQueries conversations;
    private final Clock clock;

    public DirectConversations(Pool pool, DirectRules rules, ManualMemberWriter members, EventLog log, Fanout fanout,
            ConversationQueries conversations, Clock clock) {
        this.pool = pool;
        this.rules = rules;
        this.members = members;
        this.log = log;
        this.fanout = fanout;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** The key of a pair's direct conversation: both participants, sorted, joined with {@code |}. */
    public static String directKey(Participant a, Participant b) {
        return Stream.of(a.toString(), b.toString()).sorted().reduce((x, y) -> x + "|" + y).orElseThrow();
    }

    /**
     * Opens (or finds) the caller's direct conversation with {@code other}, as the first of the caller's participants
     * (staff first) whom the rules allow; fails with 403 when none is allowed.
     */
    public Uni<OpenedConversation> open(ChatIdentity caller, Participant other) {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> rules.firstAllowed(conn, caller.participants(), other)
                        .chain(me -> me == null
                                ? Uni.createFrom().<Opened>failure(
                                        new ApiException(ErrorCode.FORBIDDEN, MemberProblem.NOT_ALLOWED))
                                : openAs(conn, me, other, now)))
                .invoke(opened -> fanout.committed(opened.events()))
                .chain(opened -> conversations.one(caller, opened.conversationId())
                        .map(summary -> new OpenedConversation(summary, opened.created())));
    }

    private Uni<Opened> openAs(SqlConnection conn, Participant me, Participant other, Instant now) {
        String key = directKey(me, other);
        return conn.preparedQuery(INSERT).execute(Tuple.of(key, me.toString(), SqlTimes.of(now)))
                .chain(rows -> rows.size() > 0
                        ? Uni.createFrom().item(new Found(rows.iterator().next().getLong("id"), true))
                        : conn.preparedQuery("SELECT id FROM conversation WHERE direct_key = $1")
                                .execute(Tuple.of(key))
                                .map(existing -> new Found(existing.iterator().next().getLong("id"), false)))
                .chain(found -> log.lock(conn, List.of(found.id()))
                        .chain(lastSeq -> members.join(conn, found.id(), List.of(me, other), null, me, now)
                                .chain(drafts -> log.appendLocked(conn, lastSeq,
                                        ManualMemberWriter.entries(found.id(), drafts), now)))
                        .map(events -> new Opened(found.id(), found.created(), events)));
    }

    private record Found(long id, boolean created) {
    }

    /** What the transaction did: the events it appended are handed to the fanout once it has committed. */
    private record Opened(long conversationId, boolean created, List<ChatEvent> events) {
    }
}

package vn.lienlac.chat.membership;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventDraft;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.chat.event.EventType;
import vn.lienlac.chat.fanout.Fanout;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.locks.LockNamespace;

/**
 * Keeps the class and school groups of a school in line with the directory (docs/chat-groups.md).
 *
 * <p>A reconcile is one transaction: the school's reconcile lock (reconciles of one school run one after the other,
 * on any pod), the missing groups, the differences between the directory and the groups' members, then — with the
 * changed conversations locked in id order, as the message writer locks them — the member rows and one
 * MEMBER_JOINED or MEMBER_LEFT event per change. After the commit the events go to {@link Fanout#committed}. It is
 * idempotent: a reconcile with nothing to change writes nothing.
 *
 * <p>Lock order: this school's reconcile lock, then conversation rows in id order. The directory import takes its
 * own lock (another key space) and never waits for chat; chat only reads the directory.
 */
@ApplicationScoped
public class RosterReconciler {

    private static final Logger LOG = Logger.getLogger(RosterReconciler.class);

    private final Pool pool;
    private final Clock clock;
    private final ChatSchools schools;
    private final GroupConversations conversations;
    private final MembershipDiff diff;
    private final RosterMemberWriter writer;
    private final EventLog events;
    private final Fanout fanout;

    RosterReconciler(Pool pool, Clock clock, ChatSchools schools, GroupConversations conversations,
            MembershipDiff diff, RosterMemberWriter writer, EventLog events, Fanout fanout) {
        this.pool = pool;
        this.clock = clock;
        this.schools = schools;
        this.conversations = conversations;
        this.diff = diff;
        this.writer = writer;
        this.events = events;
        this.fanout = fanout;
    }

    /**
     * Reconciles the school with this code, then the other schools whose groups still hold its people (after a
     * transfer). Fails with NOT_FOUND for an unknown code.
     */
    public Uni<Void> reconcile(String schoolCode) {
        return schools.byCode(schoolCode)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Không tìm thấy trường " + schoolCode + "."))
                .chain(this::reconcileWithNeighbours);
    }

    /** As {@link #reconcile(String)}, by the school's id. */
    public Uni<Void> reconcile(long schoolId) {
        return schools.byId(schoolId)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Không tìm thấy trường " + schoolId + "."))
                .chain(this::reconcileWithNeighbours);
    }

    /**
     * Reconciles one school; {@code first} runs in the same transaction, under the school's lock, before the
     * directory is read (e.g. storing the school's chat settings).
     */
    Uni<Void> reconcile(SchoolRef school, Function<SqlConnection, Uni<Void>> first) {
        return pool.withTransaction(conn -> lock(conn, school.id())
                        .chain(() -> first.apply(conn))
                        .chain(() -> reconcileLocked(conn, school.id(), clock.instant())))
                .invoke(appended -> committed(school, appended))
                .replaceWithVoid();
    }

    private Uni<Void> reconcileWithNeighbours(SchoolRef school) {
        return reconcile(school, conn -> Uni.createFrom().voidItem())
                .chain(() -> schools.neighbours(school.id()))
                .chain(neighbours -> Multi.createFrom().iterable(neighbours)
                        .onItem().transformToUniAndConcatenate(neighbour -> reconcileNeighbour(school, neighbour))
                        .collect().last())
                .replaceWithVoid();
    }

    /** A neighbour's failure is its own: logged, and retried with its next reconcile. */
    private Uni<Void> reconcileNeighbour(SchoolRef school, SchoolRef neighbour) {
        return reconcile(neighbour, conn -> Uni.createFrom().voidItem())
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf(failure, "Could not reconcile the chat groups of school %s (holding people of %s)",
                            neighbour.code(), school.code());
                    return Uni.createFrom().voidItem();
                });
    }

    private static Uni<Void> lock(SqlConnection conn, long schoolId) {
        return LockNamespace.CHAT_GROUP_RECONCILE.lock(conn, Math.toIntExact(schoolId));
    }

    private Uni<List<ChatEvent>> reconcileLocked(SqlConnection conn, long schoolId, Instant now) {
        return conversations.ensure(conn, schoolId, now)
                .chain(() -> diff.changes(conn, schoolId))
                .chain(changes -> changes.isEmpty()
                        ? Uni.createFrom().item(List.<ChatEvent>of())
                        : events.lock(conn, changes.stream().map(MemberChange::conversationId).toList())
                                .chain(lastSeq -> writer.apply(conn, changes, now)
                                        .chain(applied -> events.appendLocked(conn, lastSeq, drafts(applied), now))));
    }

    private static List<Map.Entry<Long, EventDraft>> drafts(List<MemberChange> applied) {
        return applied.stream()
                .map(c -> Map.entry(c.conversationId(), EventDraft.membership(c.eventType(), c.participant())))
                .toList();
    }

    /** The events are stored whatever delivery does: a client that misses one gets it when it resumes. */
    private void committed(SchoolRef school, List<ChatEvent> appended) {
        if (appended.isEmpty()) {
            return;
        }
        long joined = appended.stream().filter(e -> e.type() == EventType.MEMBER_JOINED).count();
        LOG.infof("Chat groups of school %s follow the directory: %d joined, %d left", school.code(), joined,
                appended.size() - joined);
        try {
            fanout.committed(appended);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not deliver the membership events of school %s live", school.code());
        }
    }
}

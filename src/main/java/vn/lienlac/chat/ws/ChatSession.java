package vn.lienlac.chat.ws;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.chat.Memberships;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.event.EventType;
import vn.lienlac.chat.fanout.FeedEntry;
import vn.lienlac.chat.fanout.Lane;
import vn.lienlac.chat.fanout.Subscriber;

/**
 * One WebSocket connection: what it follows, how far it has sent each conversation, and its outbound queue.
 * Frames from the client are handled by {@link FrameHandler}; this class owns delivery.
 *
 * <p>Delivery is pull-based: a wake-up only says "look"; the connection then sends, in order, the events after its
 * watermark, read from the feed cache. So a wake-up lost or doubled can neither skip nor repeat an event.
 *
 * <p>Lock order. A connection's callbacks run concurrently (inbound frames, wake-ups from other event loops, the
 * sweeps), so its state is guarded by small monitors, always taken in this order:
 * <ol>
 *   <li>the {@link Opening}'s, held while the session starts and the frames that came early are handed to the frame
 *       handler (which only starts asynchronous work; nothing waits under it);</li>
 *   <li>this session's, only to create the error limiter;</li>
 *   <li>a {@link Follow}'s, its pull state;</li>
 *   <li>the conversation's feed ({@code Feed}), read inside {@link Follow#finishPull};</li>
 *   <li>a {@link RateLimiter}'s.</li>
 * </ol>
 * A lock is never taken while a later one is held; the outbound queue (atomics) and the follow map (a concurrent
 * map) take none, and no lock but the Opening's is held while a frame is queued or a {@code Uni} subscribed.
 */
final class ChatSession implements Subscriber {

    private static final Logger LOG = Logger.getLogger(ChatSession.class);
    private static final Runnable NOTHING = () -> { };

    private final WebSocketConnection connection;
    private final ChatIdentity identity;
    private final SessionContext ctx;
    private final Set<String> participants;
    private final ConcurrentHashMap<Long, Follow> follows = new ConcurrentHashMap<>();
    private final Outbound outbound;
    private final Lane lane;
    /** The sign-in session of the access token the connection was opened with; null for SSO tokens. */
    private final UUID signInSession;
    final RateLimiter sendLimit;
    final ConcurrentHashMap<Long, Long> lastTyping = new ConcurrentHashMap<>();
    /** Error frames are limited like sends; created with the connection's first error (most never make one). */
    private RateLimiter errorLimit;
    /** Set by the first sync: before it, the client wants nothing (not even new conversations). */
    private volatile boolean started;
    private volatile long lastInboundMillis;

    ChatSession(WebSocketConnection connection, ChatIdentity identity, UUID signInSession, Lane lane,
            SessionContext ctx) {
        this.connection = connection;
        this.identity = identity;
        this.ctx = ctx;
        this.lane = lane;
        this.signInSession = signInSession;
        this.outbound = new Outbound(connection, ctx.config().outboundQueueFrames(), ctx.metrics());
        this.participants = Set.copyOf(identity.participants().stream().map(Participant::toString).toList());
        this.sendLimit = new RateLimiter(ctx.config().sendsPerSecond(), ctx.config().sendBurst(), ctx.clock().millis());
        this.lastInboundMillis = ctx.clock().millis();
    }

    /** Events per page: at most half the outbound queue, so that a page never trips the slow-consumer limit. */
    private int page() {
        return Math.max(1, Math.min(100, ctx.config().outboundQueueFrames() / 2));
    }

    /** The sign-in session the connection was opened with (re-checked by {@link SessionRecheck}), or null. */
    UUID sessionId() {
        return signInSession;
    }

    /** The event loop this connection runs on. */
    Lane lane() {
        return lane;
    }

    ChatIdentity identity() {
        return identity;
    }

    String id() {
        return connection.id();
    }

    @Override
    public Set<String> participants() {
        return participants;
    }

    /** The participant this connection acts as in a conversation it follows, or null. */
    String memberAs(long conversationId) {
        Follow follow = follows.get(conversationId);
        return follow == null ? null : follow.as;
    }

    void touched() {
        lastInboundMillis = ctx.clock().millis();
    }

    long idleMillis(long nowMillis) {
        return nowMillis - lastInboundMillis;
    }

    // ---- outbound -------------------------------------------------------------------------------------------

    /** Queues a frame; a connection with a full queue is closed with 4008 and must resume by cursor. */
    void send(String frame) {
        outbound.send(frame);
    }

    void sendFrame(Object frame) {
        send(ctx.encoder().frame(frame));
    }

    /**
     * Sends an error frame within the connection's error budget (sendsPerSecond, up to sendBurst at once, like
     * sends): a client that keeps sending refused frames (5,000 {@code typing} frames before {@code sync}, sends
     * past RATE_LIMITED) gets as many error frames as the limit allows, and the first one over it closes the
     * connection with 4030 instead of costing an error frame each.
     */
    void refuse(OutboundFrames.Error error) {
        RateLimiter limit;
        synchronized (this) {
            if (errorLimit == null) {
                errorLimit = new RateLimiter(ctx.config().sendsPerSecond(), ctx.config().sendBurst(),
                        ctx.clock().millis());
            }
            limit = errorLimit;
        }
        if (limit.take(ctx.clock().millis()) > 0) {
            if (!outbound.closing()) {
                LOG.infof("closing chat connection %s: more refused frames than its limit", connection.id());
            }
            close(CloseCodes.TOO_MANY_ERRORS);
            return;
        }
        sendFrame(error);
    }

    void close(CloseReason reason) {
        outbound.close(reason);
    }

    /** Whether frames have waited for the network, with none written, longer than {@code stallNanos}. */
    boolean stalled(long nowNanos, long stallNanos) {
        return outbound.stalled(nowNanos, stallNanos);
    }

    /** Stops following everything; called once the connection closed. */
    void closed() {
        outbound.closed();
        ctx.hub().remove(this, Map.copyOf(follows));
        follows.clear();
        String person = person();
        ctx.personLimits().release(person, !ctx.hub().holds(person));
    }

    /** A stable key for the person: their first participant (limits and the connection cap count per person). */
    String person() {
        return identity.texts()[0];
    }

    // ---- sync -----------------------------------------------------------------------------------------------

    /**
     * Follows every conversation the caller is an active member of, replays what each cursor missed (at most the
     * replay limit, after a gap frame), then sends {@code synced}. A conversation without a cursor starts at 0, or,
     * {@code fromLatest}, at its last event (nothing replayed). Every event up to the {@code lastSeq} reported for a
     * conversation is sent before the summary is returned (and {@code synced} sent); events stored meanwhile are
     * sent live as they come, before or after it.
     */
    Uni<List<OutboundFrames.SyncedConversation>> sync(Map<Long, Long> cursors, boolean fromLatest) {
        started = true;
        return ctx.memberships().activeOf(identity)
                .chain(memberships -> {
                    List<OutboundFrames.SyncedConversation> summary = new ArrayList<>();
                    List<Long> order = new ArrayList<>(memberships.size());
                    for (Memberships.ActiveMembership membership : memberships) {
                        long id = membership.conversationId();
                        long lastSeq = membership.lastSeq();
                        order.add(id);
                        long cursor = Math.min(Math.max(cursors.getOrDefault(id, fromLatest ? lastSeq : 0L), 0L),
                                lastSeq);
                        long start = cursor;
                        if (lastSeq - cursor > ctx.config().replayLimit()) {
                            start = lastSeq - ctx.config().replayLimit();
                            sendFrame(new OutboundFrames.Gap("gap", id, cursor, start + 1));
                        }
                        ctx.feeds().saw(id, lastSeq);
                        Follow follow = new Follow(this, id, membership.participant(), start, false);
                        if (follows.putIfAbsent(id, follow) == null) {
                            ctx.hub().follow(id, follow);
                        }
                        summary.add(new OutboundFrames.SyncedConversation(id, lastSeq));
                    }
                    return replay(order.iterator()).replaceWith(summary);
                });
    }

    private Uni<Void> replay(Iterator<Long> conversations) {
        if (!conversations.hasNext()) {
            return Uni.createFrom().voidItem();
        }
        long id = conversations.next();
        Follow follow = follows.get(id);
        if (follow == null) {
            return replay(conversations);
        }
        follow.ready();
        return Uni.createFrom().<Void>emitter(done -> pull(follow, () -> done.complete(null)))
                .chain(() -> replay(conversations));
    }

    /**
     * Sends everything after the watermark, page by page, until the feed has nothing newer, then runs {@code done}.
     * When another pull of the conversation is in flight, marks it to look again and runs {@code done} at once.
     * The live path: the common case (the events are in the feed cache) runs on plain callbacks.
     */
    private void pull(Follow follow, Runnable done) {
        long id = follow.conversationId;
        if (!follow.startPull()) {
            done.run();
            return;
        }
        long from = follow.watermark();
        List<FeedEntry> cached = ctx.feeds().cached(id, from, page());
        if (cached != null) {
            deliver(follow, cached, done);
            return;
        }
        ctx.feeds().after(id, from, page()).subscribe().with(entries -> deliver(follow, entries, done), failure -> {
            follow.pullFailed();
            LOG.warnf("could not read conversation %d for %s (%s); retrying", id, connection.id(),
                    failure.getMessage());
            ctx.vertx().setTimer(1_000, timer -> wake(follow));
            done.run();
        });
    }

    /**
     * Sends the entries that follow the watermark. The next page waits until the network took this one, so a
     * replay or a busy group never piles more than a page per conversation onto a connection.
     */
    private void deliver(Follow follow, List<FeedEntry> entries, Runnable done) {
        long id = follow.conversationId;
        String last = null;
        boolean left = false;
        for (FeedEntry entry : entries) {
            if (!follow.advanceTo(entry.seq())) {
                continue;
            }
            if (last != null) {
                send(last);
            }
            last = entry.frame(follow.as, ctx.encoder());
            if (entry.event().type() == EventType.MEMBER_LEFT && follow.as.equals(entry.event().subject())) {
                follows.remove(id, follow);
                ctx.hub().unfollow(id, follow);
                left = true;
                break;
            }
        }
        boolean leftIt = left;
        Runnable written = () -> {
            if (follow.finishPull(!leftIt && !outbound.closing(), entries.isEmpty(), ctx.feeds())) {
                pull(follow, done);
            } else {
                done.run();
            }
        };
        if (left) {
            closeIfGoneFromTheDirectory();
        }
        if (last == null) {
            written.run();
        } else {
            outbound.send(last, written);
        }
    }

    /**
     * After leaving a conversation: when the directory deactivated one of the people this connection acts for (an
     * import removed the guardian or the staff member), it has nothing more to receive as them — closed with 4003.
     */
    private void closeIfGoneFromTheDirectory() {
        ctx.identities().participants(identity.person()).subscribe().with(now -> {
            if (!now.containsAll(identity.participants())) {
                LOG.infof("closing chat connection %s: its person is no longer active in the directory",
                        connection.id());
                close(CloseCodes.FORBIDDEN);
            }
        }, failure -> LOG.warnf("could not recheck chat connection %s against the directory: %s", connection.id(),
                failure.getMessage()));
    }

    // ---- Hub --------------------------------------------------------------------------------------------------

    /** The conversation may have events this connection has not sent yet. */
    void wake(Follow follow) {
        if (!follow.wakeable()) {
            return;
        }
        if (follows.get(follow.conversationId) == follow) {
            pull(follow, NOTHING);
        }
    }

    /** An ephemeral frame of a conversation this connection follows; not echoed to its sender. */
    void ephemeral(String from, String frame) {
        if (!participants.contains(from)) {
            send(frame);
        }
    }

    @Override
    public void joined(long conversationId, String participant, long seq) {
        if (!started) {
            return;
        }
        Follow follow = new Follow(this, conversationId, participant, seq - 1, true);
        if (follows.putIfAbsent(conversationId, follow) == null) {
            ctx.hub().follow(conversationId, follow);
            wake(follow);
        }
    }
}

package vn.lienlac.chat.ws;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.impl.ContextInternal;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import vn.lienlac.chat.ChatConfig;
import vn.lienlac.chat.fanout.Lane;
import vn.lienlac.chat.presence.PresenceBoard;

/**
 * The chat connections of this pod: closes idle ones (4009), those too slow to read (4008) and, when the pod
 * stops, any that {@link ChatDrain} left (it closes them with 1012, spread over its window, before the server stops).
 */
@Singleton
class ChatSessions {

    private static final Logger LOG = Logger.getLogger(ChatSessions.class);
    private static final long SWEEP_EVERY_MILLIS = 10_000;

    private final ConcurrentHashMap<String, ChatSession> byConnection = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Opening> openings = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Thread, Lane> lanes = new ConcurrentHashMap<>();
    private final ChatConfig config;
    private final Clock clock;
    private final PresenceBoard presence;

    ChatSessions(ChatConfig config, Clock clock, PresenceBoard presence) {
        this.config = config;
        this.clock = clock;
        this.presence = presence;
    }

    /** A connection's session is being opened: frames that arrive meanwhile go to {@code opening}. */
    void opening(String connectionId, Opening opening) {
        openings.put(connectionId, opening);
    }

    /** The opening of a connection is over (opened, refused or failed); returns it, or null. */
    Opening openingOver(String connectionId) {
        return openings.remove(connectionId);
    }

    /** The opening of a connection whose session is being opened, or null. */
    Opening openingOf(String connectionId) {
        return openings.get(connectionId);
    }

    /** The connection's session is open: frames go to it directly from now on. */
    void opened(String connectionId, ChatSession session) {
        if (byConnection.put(connectionId, session) == null) {
            presence.connected(session.participants());
        }
    }

    /** The open session of a connection, or null. */
    ChatSession session(String connectionId) {
        return byConnection.get(connectionId);
    }

    /** The connection closed: removes and returns its open session, or null. */
    ChatSession closed(String connectionId) {
        ChatSession session = byConnection.remove(connectionId);
        if (session != null) {
            presence.disconnected(session.participants());
        }
        return session;
    }

    /** Runs {@code action} for each open session. */
    void forEach(Consumer<ChatSession> action) {
        byConnection.values().forEach(action);
    }

    /** How many sessions are open on this pod. */
    int openCount() {
        return byConnection.size();
    }

    /** How many sessions are being opened. */
    int openingCount() {
        return openings.size();
    }

    /** The lane of the calling thread: the event loop whose connection callback is running. */
    Lane lane() {
        Context context = io.vertx.core.Vertx.currentContext();
        if (context == null || !context.isEventLoopContext()) {
            return EventLoopLane.IN_PLACE;
        }
        Context loop = context instanceof ContextInternal internal ? internal.unwrap() : context;
        return lanes.computeIfAbsent(Thread.currentThread(), thread -> new EventLoopLane(thread, loop));
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        vertx.setPeriodic(SWEEP_EVERY_MILLIS, id -> closeIdle());
        long stallMillis = config.slowConsumerTimeout().toMillis();
        vertx.setPeriodic(Math.max(100, Math.min(1_000, stallMillis / 4)), id -> closeStalled());
    }

    /** Closes with 4008 the connections whose queued frames the network did not take for the slow-consumer timeout. */
    void closeStalled() {
        long now = System.nanoTime();
        long stallNanos = config.slowConsumerTimeout().toNanos();
        forEach(session -> {
            if (session.stalled(now, stallNanos)) {
                LOG.infof("closing chat connection %s: its frames stayed unread for %s", session.id(),
                        config.slowConsumerTimeout());
                session.close(CloseCodes.TOO_SLOW);
            }
        });
    }

    void closeIdle() {
        long now = clock.millis();
        long limit = config.idleTimeout().toMillis();
        forEach(session -> {
            if (session.idleMillis(now) > limit) {
                session.close(CloseCodes.IDLE);
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        forEach(session -> session.close(CloseCodes.RESTARTING));
    }
}

package vn.lienlac.chat.ws;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.lienlac.chat.ChatConfig;

/**
 * Lets this pod's chat connections go without a reconnect storm (docs/operations.md, "Rolling restarts"). On SIGTERM
 * Quarkus runs its pre-shutdown phase ({@code quarkus.shutdown.delay-enabled=true}) before it stops the HTTP server,
 * and fires {@link ShutdownDelayInitiatedEvent}; from then on readiness is DOWN ({@link ChatDrainCheck}), new
 * upgrades get 503 ({@link ChatUpgradeCheck}), and the open connections are closed with 1012 one by one, spread
 * evenly over {@link ChatConfig.Drain#window()} in a random order. The observer waits for the drain, so the HTTP
 * server (whose own stop would close the sockets with 1000) only stops once every connection got its 1012.
 */
@Singleton
class ChatDrain {

    private static final Logger LOG = Logger.getLogger(ChatDrain.class);
    private static final long TICK_MILLIS = 50;
    /** After the last close frame, how long the drain waits for the clients' closes to come back. */
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final ChatSessions sessions;
    private final ChatConfig config;
    private final Vertx vertx;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    ChatDrain(ChatSessions sessions, ChatConfig config, Vertx vertx) {
        this.sessions = sessions;
        this.config = config;
        this.vertx = vertx;
    }

    /** Whether the pod is draining: it accepts no new chat connections and reports itself unready. */
    boolean draining() {
        return started.get();
    }

    /** SIGTERM, before the HTTP server stops: drains, and returns when every connection was closed (or on time-out). */
    void onShutdown(@Observes ShutdownDelayInitiatedEvent event) {
        Duration window = config.drain().window();
        try {
            begin(window).get(window.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warnf("chat drain did not finish within %s; %d connections left to the server's stop", window,
                    sessions.openCount());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts the drain (once; later calls return the same result): completes when every connection open at its start,
     * and every one opened meanwhile, has been sent its 1012 and has closed, or a short while after the last close.
     */
    CompletableFuture<Void> begin(Duration window) {
        if (!started.compareAndSet(false, true)) {
            return done;
        }
        List<ChatSession> all = new ArrayList<>();
        sessions.forEach(all::add);
        Collections.shuffle(all);
        int count = all.size();
        LOG.infof("draining %d chat connections over %s (close code 1012)", count, window);
        long start = System.nanoTime();
        long windowNanos = Math.max(1, window.toNanos());
        int[] closed = {0};
        long[] lastCloseAt = {0};
        vertx.setPeriodic(TICK_MILLIS, timer -> {
            long now = System.nanoTime();
            // connection i (0-based) goes at i/count of the window: the first at once, the last just before its end
            long due = Math.min(count, 1 + (long) Math.floor((double) count * (now - start) / windowNanos));
            while (closed[0] < due) {
                all.get(closed[0]++).close(CloseCodes.RESTARTING);
            }
            if (closed[0] < count) {
                return;
            }
            if (lastCloseAt[0] == 0) {
                lastCloseAt[0] = now;
                // opened while the drain began (their upgrade was already past the check)
                sessions.forEach(late -> late.close(CloseCodes.RESTARTING));
            }
            if (sessions.openCount() == 0 || now - lastCloseAt[0] > LINGER_NANOS) {
                vertx.cancelTimer(timer);
                LOG.infof("chat drain done: %d connections closed, %d still open", count, sessions.openCount());
                done.complete(null);
            }
        });
        return done;
    }
}

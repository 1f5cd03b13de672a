package vn.lienlac.chat.ws;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The frames one connection has handed to the network and not yet written: a bounded queue, and the time a write
 * last completed, so that a client too slow to read is found and closed with 4008 without a timer per frame.
 *
 * <p>This is the delivery hot path (a message to a class group is 40 frames): plain callbacks, no reactive
 * pipeline per frame.
 */
final class Outbound {

    private static final Logger LOG = Logger.getLogger(Outbound.class);

    private final WebSocketConnection connection;
    private final int limit;
    private final ChatMetrics metrics;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();
    /** {@link System#nanoTime()} when a write last completed, or the queue last became non-empty. */
    private volatile long progressAt;

    Outbound(WebSocketConnection connection, int limit, ChatMetrics metrics) {
        this.connection = connection;
        this.limit = limit;
        this.metrics = metrics;
        this.progressAt = System.nanoTime();
    }

    /** Queues a frame; a connection with a full queue is closed with 4008 and must resume by cursor. */
    void send(String frame) {
        send(frame, null);
    }

    /**
     * Queues a frame, then runs {@code written} (when not null) once the network took it — or at once when it
     * cannot be sent: the connection is closing, the frame failed, or the queue is full (the connection is then
     * closed with 4008).
     */
    void send(String frame, Runnable written) {
        if (closing.get()) {
            run(written);
            return;
        }
        int now = queued.incrementAndGet();
        if (now == 1) {
            progressAt = System.nanoTime();
        }
        if (now > limit) {
            queued.decrementAndGet();
            close(CloseCodes.TOO_SLOW);
            run(written);
            return;
        }
        connection.sendText(frame).subscribe().withSubscriber(new Write(written));
    }

    /**
     * One frame's write. A subscriber rather than {@code subscribe().with(…)}: Mutiny would wrap both callbacks to
     * capture and restore the CDI and transaction contexts, which this path does not use, for every frame.
     */
    private final class Write implements UniSubscriber<Void> {

        private final Runnable written;

        Write(Runnable written) {
            this.written = written;
        }

        @Override
        public void onSubscribe(UniSubscription subscription) {
        }

        @Override
        public void onItem(Void item) {
            taken();
        }

        @Override
        public void onFailure(Throwable failure) {
            LOG.debugf("frame not sent to %s: %s", connection.id(), failure.getMessage());
            taken();
        }

        private void taken() {
            progressAt = System.nanoTime();
            queued.decrementAndGet();
            run(written);
        }
    }

    private static void run(Runnable action) {
        if (action != null) {
            action.run();
        }
    }

    /** Whether frames have waited with no write completing for longer than {@code stall} nanoseconds. */
    boolean stalled(long nowNanos, long stallNanos) {
        return queued.get() > 0 && nowNanos - progressAt > stallNanos;
    }

    boolean closing() {
        return closing.get();
    }

    void close(CloseReason reason) {
        if (closing.compareAndSet(false, true)) {
            metrics.closing(reason);
            connection.close(reason).subscribe().with(ok -> { }, failure -> { });
        }
    }

    /** The connection closed: nothing more is sent. */
    void closed() {
        closing.set(true);
    }
}

package vn.lienlac.chat.ws;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienlac.chat.fanout.Lane;

/**
 * The event loop a chat connection runs on, as a {@link Lane}: one per event-loop thread, shared by all of its
 * connections. A task handed to it runs on that thread in the event loop's own Vert.x context (not one
 * connection's), so it carries nothing of any connection's request.
 */
final class EventLoopLane implements Lane {

    /** Where the caller runs when it is on no Vert.x context (never for a connection): wake-ups run in place. */
    static final Lane IN_PLACE = new Lane() {
        @Override
        public boolean isCurrent() {
            return true;
        }

        @Override
        public void execute(Runnable task) {
            task.run();
        }
    };

    private static final ConcurrentHashMap<Thread, Lane> BY_THREAD = new ConcurrentHashMap<>();

    private final Thread thread;
    private final Context context;

    private EventLoopLane(Thread thread, Context context) {
        this.thread = thread;
        this.context = context;
    }

    /** The lane of the calling thread: the event loop a connection's callbacks run on. */
    static Lane current() {
        Context context = Vertx.currentContext();
        if (context == null || !context.isEventLoopContext()) {
            return IN_PLACE;
        }
        Context loop = context instanceof ContextInternal internal ? internal.unwrap() : context;
        return BY_THREAD.computeIfAbsent(Thread.currentThread(), thread -> new EventLoopLane(thread, loop));
    }

    @Override
    public boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    @Override
    public void execute(Runnable task) {
        context.runOnContext(ignored -> task.run());
    }
}

package vn.lienlac.chat.ws;

import io.vertx.core.Context;
import vn.lienlac.chat.fanout.Lane;

/**
 * The event loop a chat connection runs on, as a {@link Lane}: one per event-loop thread, shared by all of its
 * connections ({@link ChatSessions#lane()}). A task handed to it runs on that thread in the event loop's own Vert.x
 * context (not one connection's), so it carries nothing of any connection's request.
 */
final class EventLoopLane implements Lane {

    /** Where the caller runs when it is on no Vert.x event loop (never for a connection): wake-ups run in place. */
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

    private final Thread thread;
    private final Context context;

    EventLoopLane(Thread thread, Context context) {
        this.thread = thread;
        this.context = context;
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

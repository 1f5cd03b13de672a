package vn.lienlac.chat.ws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * A connection between its upgrade and its session: opening a session reads the directory, and frames the client
 * sends meanwhile wait here, in order, to be handled once the session exists (after {@code welcome}).
 *
 * <p>The endpoint processes inbound frames concurrently (websockets-next's serial mode would keep a queue per
 * connection for its whole life, about 2 KB), so this is what keeps early frames in order and a close during the
 * opening from leaving a session behind. Callers hold the instance's monitor; on one event loop it is uncontended.
 */
final class Opening {

    /** Frames a client may send before {@code welcome}; one more closes the connection with 4029. */
    static final int EARLY_FRAMES = 64;

    private List<String> early;
    private ChatSession session;
    private boolean closed;

    /**
     * Holds a frame that arrived before the session existed, or hands it to {@code handler} if the session exists
     * by now. Returns false, once, when the frame is one too many: the caller closes the connection.
     */
    synchronized boolean offer(String text, BiConsumer<ChatSession, String> handler) {
        if (session != null) {
            handler.accept(session, text);
            return true;
        }
        if (closed) {
            return true;
        }
        if (early == null) {
            early = new ArrayList<>(4);
        }
        if (early.size() >= EARLY_FRAMES) {
            closed = true; // the connection is closed now: the session will not open, later frames are dropped
            early = null;
            return false;
        }
        early.add(text);
        return true;
    }

    /**
     * Makes the session current: runs {@code start} (admit, register, welcome), hands the early frames to
     * {@code handler} in order, then runs {@code publish} (after which frames go to the session directly). Does
     * nothing when the connection closed meanwhile; when {@code start} refuses the session (returns false), drops
     * the early frames and opens nothing (the caller closes the connection).
     */
    synchronized void open(ChatSession opened, BooleanSupplier start, BiConsumer<ChatSession, String> handler,
            Runnable publish) {
        if (closed) {
            return;
        }
        if (!start.getAsBoolean()) {
            closed = true;
            early = null;
            return;
        }
        if (early != null) {
            early.forEach(text -> handler.accept(opened, text));
            early = null;
        }
        session = opened;
        publish.run();
    }

    /** The connection closed: returns the session if one was opened (the caller closes it), else null. */
    synchronized ChatSession close() {
        closed = true;
        early = null;
        return session;
    }
}

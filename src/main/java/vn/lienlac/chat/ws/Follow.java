package vn.lienlac.chat.ws;

import vn.lienlac.chat.fanout.ConversationFeeds;
import vn.lienlac.chat.fanout.Follower;
import vn.lienlac.chat.fanout.Lane;

/**
 * One conversation a connection follows: as which participant, up to which sequence number it has sent the
 * events, and whether a read of the feed is in flight. Its state changes only through the methods below, each under
 * the follow's own monitor (the innermost lock of a connection: nothing else is locked while it is held).
 *
 * <p>A pull starts ({@link #startPull}) unless one is in flight, which is then marked to look again ("dirty");
 * the puller alone advances the watermark ({@link #advanceTo}) and ends the pull ({@link #finishPull}), which says
 * whether to look again. Before the replay is done ({@link #ready}), a wake-up only marks the follow dirty.
 */
final class Follow implements Follower {

    final ChatSession session;
    final long conversationId;
    final String as;
    private long watermark;
    /** Live delivery starts once the conversation's replay (sync) is done. */
    private boolean ready;
    private boolean pulling;
    private boolean dirty;

    Follow(ChatSession session, long conversationId, String as, long watermark, boolean ready) {
        this.session = session;
        this.conversationId = conversationId;
        this.as = as;
        this.watermark = watermark;
        this.ready = ready;
    }

    /** The replay is done: wake-ups pull from now on. */
    synchronized void ready() {
        ready = true;
    }

    /** Whether a wake-up should pull now; before the replay is done it is remembered (dirty) instead. */
    synchronized boolean wakeable() {
        if (!ready) {
            dirty = true;
            return false;
        }
        return true;
    }

    /** Starts a pull; false, and marked to look again, when one is already in flight. */
    synchronized boolean startPull() {
        if (pulling) {
            dirty = true;
            return false;
        }
        pulling = true;
        dirty = false;
        return true;
    }

    /** The sequence number of the last event sent (set by the pull in flight only). */
    synchronized long watermark() {
        return watermark;
    }

    /** Moves the watermark to {@code seq} if it is the next event; false for any other (already sent, or a gap). */
    synchronized boolean advanceTo(long seq) {
        if (seq != watermark + 1) {
            return false;
        }
        watermark = seq;
        return true;
    }

    /** Ends a pull that failed: the next wake-up starts a new one. */
    synchronized void pullFailed() {
        pulling = false;
    }

    /**
     * Ends the pull in flight and says whether to pull again: only if {@code goOn}, and something came meanwhile
     * (dirty) or, after a page that was not empty, the feed knows of events past the watermark.
     */
    synchronized boolean finishPull(boolean goOn, boolean pageWasEmpty, ConversationFeeds feeds) {
        pulling = false;
        return goOn && (dirty || (!pageWasEmpty && feeds.known(conversationId) > watermark));
    }

    @Override
    public void wake() {
        session.wake(this);
    }

    @Override
    public Lane lane() {
        return session.lane();
    }

    @Override
    public void ephemeral(String from, String frame) {
        session.ephemeral(from, frame);
    }
}

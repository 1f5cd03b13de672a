package vn.lienlac.chat.ws;

import vn.lienlac.chat.fanout.Follower;
import vn.lienlac.chat.fanout.Lane;

/**
 * One conversation a connection follows: as which participant, up to which sequence number it has sent the
 * events, and whether a read of the feed is in flight. Guarded by its own monitor.
 */
final class Follow implements Follower {

    final ChatSession session;
    final long conversationId;
    final String as;
    long watermark;
    /** Live delivery starts once the conversation's replay (sync) is done. */
    boolean ready;
    boolean pulling;
    boolean dirty;

    Follow(ChatSession session, long conversationId, String as, long watermark, boolean ready) {
        this.session = session;
        this.conversationId = conversationId;
        this.as = as;
        this.watermark = watermark;
        this.ready = ready;
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

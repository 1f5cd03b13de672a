package vn.lienlac.chat.ws;

/**
 * One conversation a connection follows: as which participant, up to which sequence number it has sent the
 * events, and whether a read of the feed is in flight. Guarded by its own monitor.
 */
final class Follow {

    final String as;
    long watermark;
    /** Live delivery starts once the conversation's replay (sync) is done. */
    boolean ready;
    boolean pulling;
    boolean dirty;

    Follow(String as, long watermark, boolean ready) {
        this.as = as;
        this.watermark = watermark;
        this.ready = ready;
    }
}

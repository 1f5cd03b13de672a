package vn.lienlac.chat.fanout;

import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventView;

/**
 * A cached event and its encoded frame, encoded once and shared by every connection that sends it. A message has
 * two encodings at most: for the one recipient who gets it silently, and for everyone else.
 *
 * <p>The frame escapes every non-ASCII character as a JSON escape (backslash, u, four hex digits; see
 * docs/protocol.md): any JSON parser reads back the same text, and the frame is then a one-byte-per-character string
 * that each of the (up to hundreds of) connections sending it copies to the network instead of re-encoding it to
 * UTF-8. Vietnamese text grows by about a third on the wire; the fan-out of a class group allocates and copies far
 * less.
 */
public final class FeedEntry {

    private final ChatEvent event;
    private volatile String frame;
    private volatile String silentFrame;

    FeedEntry(ChatEvent event) {
        this.event = event;
    }

    public ChatEvent event() {
        return event;
    }

    public long seq() {
        return event.seq();
    }

    /** The {@code event} frame as {@code viewer} gets it. */
    public String frame(String viewer, FrameEncoder encoder) {
        boolean silent = viewer != null && viewer.equals(event.silentFor());
        String cached = silent ? silentFrame : frame;
        if (cached == null) {
            cached = encoder.event(EventView.of(event, viewer));
            if (silent) {
                silentFrame = cached;
            } else {
                frame = cached;
            }
        }
        return cached;
    }
}

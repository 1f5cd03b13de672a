package vn.lienlac.chat.fanout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventView;

/**
 * A cached event and its encoded frame, encoded once and shared by every connection that sends it. A message has
 * two encodings at most: for the one recipient who gets it silently, and for everyone else.
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
    public String frame(String viewer, ObjectMapper mapper) {
        boolean silent = viewer != null && viewer.equals(event.silentFor());
        String cached = silent ? silentFrame : frame;
        if (cached == null) {
            cached = encode(mapper, viewer);
            if (silent) {
                silentFrame = cached;
            } else {
                frame = cached;
            }
        }
        return cached;
    }

    private String encode(ObjectMapper mapper, String viewer) {
        try {
            return mapper.writeValueAsString(EventView.of(event, viewer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event + " cannot be encoded", e);
        }
    }
}

package vn.lienlac.chat.event;

import java.util.Locale;

/** What a stored chat event records. Every type takes the next sequence number of its conversation. */
public enum EventType {
    MESSAGE, EDITED, RECALLED, HIDDEN, MEMBER_JOINED, MEMBER_LEFT;

    /** The name clients see in the {@code kind} field: {@code message}, {@code member_joined}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package vn.lienlac.chat.event;

import java.util.Locale;

/** What a stored chat event records. Every type takes the next sequence number of its conversation. */
public enum EventType {
    MESSAGE, EDITED, RECALLED, HIDDEN, MEMBER_JOINED, MEMBER_LEFT,
    /** An inbox item (a notice, a directive) with its text and structured data. */
    ITEM,
    /** A correction of an inbox item: its new text and data. */
    ITEM_CORRECTED,
    /** An inbox item withdrawn by whoever posted it. */
    ITEM_WITHDRAWN;

    /** Whether this type changes the current state of an earlier event ({@code targetSeq}). */
    public boolean changesTarget() {
        return this == EDITED || this == RECALLED || this == HIDDEN || this == ITEM_CORRECTED
                || this == ITEM_WITHDRAWN;
    }

    /** Whether the event is something a member reads (a message or an inbox item), counted as unread. */
    public boolean readable() {
        return this == MESSAGE || this == ITEM;
    }

    /** The name clients see in the {@code kind} field: {@code message}, {@code member_joined}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

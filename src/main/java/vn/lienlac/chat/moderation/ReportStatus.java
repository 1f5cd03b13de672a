package vn.lienlac.chat.moderation;

/** Where a report of a message stands. */
public enum ReportStatus {
    /** Waiting for a handler. */
    OPEN,
    /** A handler hid the message (every open report of it becomes HIDDEN). */
    HIDDEN,
    /** A handler decided the message stays. */
    DISMISSED
}

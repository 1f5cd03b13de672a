package vn.lienlac.notifications.policy;

/** How a kind of item uses the paid channels (Zalo, SMS) for a person. Stored as text in the school's policy. */
public enum PaidMode {
    /** Push only, never a paid message (always so for chat). */
    PUSH_ONLY,
    /** Paid channels only for a person with no app (no push endpoint) at enqueue time. */
    NO_APP,
    /**
     * Push first, then the paid channels when every push failed — and, for an important kind or an urgent item,
     * when the item is still unread after the read window, even if a push went out.
     */
    FALLBACK
}

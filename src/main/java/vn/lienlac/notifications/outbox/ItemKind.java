package vn.lienlac.notifications.outbox;

/** What an outbox item is about; the policy is set per kind (and per school). Stored as text. */
public enum ItemKind {
    GRADE(false), ATTENDANCE(true), HEALTH(true), ACTIVITY(false), CHAT(false), DIRECTIVE(false),
    REMINDER(false), INVITATION(false),
    COMMENT(false),
    ASSESSMENT(false);

    private final boolean important;

    ItemKind(boolean important) {
        this.important = important;
    }

    /** An absence or a health note: escalated to Zalo, then SMS, when not read within the read window. */
    public boolean important() {
        return important;
    }
}

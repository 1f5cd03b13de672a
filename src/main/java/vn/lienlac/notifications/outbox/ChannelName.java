package vn.lienlac.notifications.outbox;

/** The ways to reach a person besides the open WebSocket. Stored as text in {@code outbox.channel}. */
public enum ChannelName {
    WEB_PUSH(false), FCM(false), APNS(false), ZALO(true), SMS(true);

    private final boolean paid;

    ChannelName(boolean paid) {
        this.paid = paid;
    }

    /** Whether each message costs the school money (counted against its budget; never used for chat). */
    public boolean paid() {
        return paid;
    }

    /** Whether the channel wakes an installed app or browser (addressed by a push endpoint, not a phone). */
    public boolean push() {
        return !paid;
    }
}

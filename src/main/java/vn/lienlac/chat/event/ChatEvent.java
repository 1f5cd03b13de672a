package vn.lienlac.chat.event;

import java.time.Instant;

/**
 * A stored event of a conversation, at its sequence number. A {@link EventType#MESSAGE} carries its current state:
 * the edited text, or no text once recalled or hidden.
 *
 * @param sender     the participant who acted, or null for the directory (membership changes)
 * @param clientId   the sender's idempotency key, or null
 * @param body       MESSAGE: current text, or null when recalled or hidden; EDITED: the new text
 * @param targetSeq  EDITED, RECALLED, HIDDEN: the message concerned
 * @param subject    MEMBER_JOINED, MEMBER_LEFT: who joined or left
 * @param silentFor  MESSAGE, ITEM: the member who gets it without a notification (quiet hours), or null
 * @param data       ITEM: its current structured form (a JSON object as text), or null once withdrawn;
 *                   ITEM_CORRECTED: the corrected form
 */
public record ChatEvent(long conversationId, long seq, EventType type, String sender, String clientId, String body,
        Long replyTo, Long targetSeq, String subject, AttachmentRef attachment, String silentFor, Instant createdAt,
        Instant editedAt, boolean recalled, boolean hidden, String data) {

    /**
     * This message or item as it stands after {@code change} (an EDITED, RECALLED, HIDDEN, ITEM_CORRECTED or
     * ITEM_WITHDRAWN event targeting it), as the database keeps it.
     */
    public ChatEvent changedBy(ChatEvent change) {
        return switch (change.type()) {
            case EDITED -> new ChatEvent(conversationId, seq, type, sender, clientId, change.body(), replyTo,
                    targetSeq, subject, attachment, silentFor, createdAt, change.createdAt(), recalled, hidden, data);
            case ITEM_CORRECTED -> new ChatEvent(conversationId, seq, type, sender, clientId, change.body(), replyTo,
                    targetSeq, subject, attachment, silentFor, createdAt, change.createdAt(), recalled, hidden,
                    change.data());
            case RECALLED, ITEM_WITHDRAWN -> new ChatEvent(conversationId, seq, type, sender, clientId, null, replyTo,
                    targetSeq, subject, null, silentFor, createdAt, editedAt, true, hidden, null);
            case HIDDEN -> new ChatEvent(conversationId, seq, type, sender, clientId, null, replyTo, targetSeq,
                    subject, null, silentFor, createdAt, editedAt, recalled, true, null);
            default -> this;
        };
    }

    /** Without the message text. */
    @Override
    public String toString() {
        return "ChatEvent[" + conversationId + "#" + seq + " " + type + "]";
    }
}

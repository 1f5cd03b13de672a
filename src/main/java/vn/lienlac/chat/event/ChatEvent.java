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
 * @param silentFor  MESSAGE: the recipient who gets it without a notification (quiet hours), or null
 */
public record ChatEvent(long conversationId, long seq, EventType type, String sender, String clientId, String body,
        Long replyTo, Long targetSeq, String subject, AttachmentRef attachment, String silentFor, Instant createdAt,
        Instant editedAt, boolean recalled, boolean hidden) {

    /** Without the message text. */
    @Override
    public String toString() {
        return "ChatEvent[" + conversationId + "#" + seq + " " + type + "]";
    }
}

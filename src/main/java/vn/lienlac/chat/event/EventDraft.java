package vn.lienlac.chat.event;

import java.util.UUID;

/**
 * An event about to be stored: everything but the sequence number and the time, which the log assigns.
 *
 * @param attachmentId an attachment already uploaded to the same conversation, or null
 */
public record EventDraft(EventType type, String sender, String clientId, String body, Long replyTo, Long targetSeq,
        String subject, UUID attachmentId, String silentFor) {

    public static EventDraft message(String sender, String clientId, String text, Long replyTo, UUID attachmentId,
            String silentFor) {
        return new EventDraft(EventType.MESSAGE, sender, clientId, text, replyTo, null, null, attachmentId, silentFor);
    }

    public static EventDraft about(EventType type, String sender, String clientId, long targetSeq, String body) {
        return new EventDraft(type, sender, clientId, body, null, targetSeq, null, null, null);
    }

    public static EventDraft membership(EventType type, String subject) {
        return new EventDraft(type, null, null, null, null, null, subject, null, null);
    }

    /** Without the message text. */
    @Override
    public String toString() {
        return "EventDraft[" + type + "]";
    }
}

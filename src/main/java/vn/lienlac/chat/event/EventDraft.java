package vn.lienlac.chat.event;

import java.util.UUID;

/**
 * An event about to be stored: everything but the sequence number and the time, which the log assigns.
 *
 * @param attachmentId an attachment already uploaded to the same conversation, or null
 * @param data         ITEM, ITEM_CORRECTED: the item's structured form, a JSON object as text; otherwise null
 */
public record EventDraft(EventType type, String sender, String clientId, String body, Long replyTo, Long targetSeq,
        String subject, UUID attachmentId, String silentFor, String data) {

    public static EventDraft message(String sender, String clientId, String text, Long replyTo, UUID attachmentId,
            String silentFor) {
        return new EventDraft(EventType.MESSAGE, sender, clientId, text, replyTo, null, null, attachmentId, silentFor,
                null);
    }

    public static EventDraft about(EventType type, String sender, String clientId, long targetSeq, String body) {
        return new EventDraft(type, sender, clientId, body, null, targetSeq, null, null, null, null);
    }

    public static EventDraft membership(EventType type, String subject) {
        return new EventDraft(type, null, null, null, null, null, subject, null, null, null);
    }

    /** An inbox item, a correction of one ({@code targetSeq}) or its withdrawal (no text, no data). */
    public static EventDraft item(EventType type, Long targetSeq, String text, String data, String silentFor) {
        return new EventDraft(type, null, null, text, null, targetSeq, null, null, silentFor, data);
    }

    /** Without the message text. */
    @Override
    public String toString() {
        return "EventDraft[" + type + "]";
    }
}

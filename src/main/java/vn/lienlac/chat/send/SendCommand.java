package vn.lienlac.chat.send;

import java.util.List;
import java.util.UUID;

/**
 * A message to store, already validated in form (text normalised and within limits, ids well-formed).
 *
 * @param candidates the sender's participants, preferred first; the first that is an active member sends
 * @param text       NFC text, or null for an attachment alone
 */
public record SendCommand(long conversationId, List<String> candidates, String clientId, String text, Long replyTo,
        UUID attachmentId) {

    /** Without the text. */
    @Override
    public String toString() {
        return "SendCommand[" + conversationId + " " + clientId + "]";
    }
}

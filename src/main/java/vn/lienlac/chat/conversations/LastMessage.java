package vn.lienlac.chat.conversations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The newest message (or inbox item) of a conversation, as its list row shows it: who sent it and its current text,
 * without it once recalled or hidden (as the event replays), and the name and type of its attachment.
 *
 * @param sender      null for an inbox item
 * @param text        null when recalled or hidden, or for an attachment sent without text
 * @param fileName    the attachment's file name, when it has one and the message is still shown
 * @param contentType the attachment's type, when it has one and the message is still shown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LastMessage(long seq, String sender, String text, boolean recalled, boolean hidden, String fileName,
        String contentType, Instant sentAt) {
}

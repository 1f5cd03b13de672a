package vn.lienlac.chat.send;

import java.time.Instant;
import vn.lienlac.chat.ChatError;

/**
 * What became of a {@link SendCommand}: stored (now, or earlier under the same client id), or refused.
 *
 * @param notice a text to show the sender once (a teacher's out-of-hours notice), or null
 */
public record SendResult(long conversationId, String clientId, String sender, long seq, Instant sentAt,
        boolean duplicate, String notice, ChatError refusal) {

    static SendResult stored(SendCommand command, String sender, long seq, Instant sentAt, boolean duplicate,
            String notice) {
        return new SendResult(command.conversationId(), command.clientId(), sender, seq, sentAt, duplicate, notice,
                null);
    }

    static SendResult refused(SendCommand command, ChatError refusal) {
        return new SendResult(command.conversationId(), command.clientId(), null, 0, null, false, null, refusal);
    }

    public boolean isStored() {
        return refusal == null;
    }
}

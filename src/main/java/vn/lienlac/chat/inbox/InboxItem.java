package vn.lienlac.chat.inbox;

import java.util.Objects;
import vn.lienlac.directory.Participant;

/**
 * Something to put in one participant's inbox.
 *
 * @param owner     the participant ({@code g:<guardian id>} or {@code s:<staff id>})
 * @param targetSeq CORRECT, WITHDRAW: the item's sequence number in the owner's inbox ({@link InboxPosition#seq})
 * @param text      POST, CORRECT: the rendered Vietnamese text, NFC
 * @param data      POST, CORRECT: the item's structured form, a JSON object as text, with at least {@code "topic"}
 * @param silent    delivered without a notification (digests, quiet hours)
 */
public record InboxItem(String owner, InboxAction action, Long targetSeq, String text, String data, boolean silent) {

    public InboxItem {
        if (Participant.parse(owner) == null) {
            throw new IllegalArgumentException("not a participant: " + owner);
        }
        Objects.requireNonNull(action, "action");
        if (action != InboxAction.POST && (targetSeq == null || targetSeq < 1)) {
            throw new IllegalArgumentException(action + " needs the item's sequence number");
        }
        if (action != InboxAction.WITHDRAW && (text == null || text.isBlank() || data == null)) {
            throw new IllegalArgumentException(action + " needs a text and data");
        }
    }

    public static InboxItem post(String owner, String text, String data, boolean silent) {
        return new InboxItem(owner, InboxAction.POST, null, text, data, silent);
    }

    public static InboxItem correct(String owner, long targetSeq, String text, String data, boolean silent) {
        return new InboxItem(owner, InboxAction.CORRECT, targetSeq, text, data, silent);
    }

    public static InboxItem withdraw(String owner, long targetSeq) {
        return new InboxItem(owner, InboxAction.WITHDRAW, targetSeq, null, null, false);
    }

    /** Without the text and data, which may name a child. */
    @Override
    public String toString() {
        return "InboxItem[" + owner + " " + action + (targetSeq == null ? "" : " #" + targetSeq) + "]";
    }
}

package vn.lienlac.chat.inbox;

/**
 * An owner's inbox watermarks: an item at sequence number {@code s} has reached one of the owner's devices when
 * {@code deliveredSeq >= s} and has been read when {@code readSeq >= s}. All zero when the owner has no inbox yet.
 */
public record InboxMarks(String owner, long conversationId, long lastSeq, long deliveredSeq, long readSeq) {

    public boolean delivered(long seq) {
        return deliveredSeq >= seq;
    }

    public boolean read(long seq) {
        return readSeq >= seq;
    }
}

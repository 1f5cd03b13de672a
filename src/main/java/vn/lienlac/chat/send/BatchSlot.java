package vn.lienlac.chat.send;

/**
 * What the check made of one send of a write batch, before the events are appended: settled already, a new
 * message to append, or a repeat within the batch of an earlier send (same conversation, sender and client id).
 */
sealed interface BatchSlot {

    /** Answered by the check alone: refused, or stored earlier under the same client id. */
    BatchSlot SETTLED = new Settled();

    /** A new message: its event is appended, in the order of the batch's new messages. */
    BatchSlot NEW = new New();

    record Settled() implements BatchSlot {
    }

    record New() implements BatchSlot {
    }

    /** The same message as the batch's send at {@code first}: answered with its result, as a duplicate. */
    record RepeatOf(int first) implements BatchSlot {
    }
}

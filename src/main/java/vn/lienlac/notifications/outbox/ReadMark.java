package vn.lienlac.notifications.outbox;

import vn.lienlac.directory.Participant;

/** A person read a conversation (or their inbox) up to seq, for {@link Outbox}'s batch {@code readUpTo}. */
public record ReadMark(Participant recipient, long conversationId, long seq) {
}

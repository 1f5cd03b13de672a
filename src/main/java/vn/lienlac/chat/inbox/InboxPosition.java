package vn.lienlac.chat.inbox;

/** Where an item landed: its owner's inbox conversation and its sequence number there. */
public record InboxPosition(String owner, long conversationId, long seq) {
}

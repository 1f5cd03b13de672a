package vn.lienlac.chat.conversations;

/**
 * The result of opening a direct conversation.
 *
 * @param created true when this call created it, false when it existed
 */
public record OpenedConversation(ConversationSummary conversation, boolean created) {
}

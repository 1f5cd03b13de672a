package vn.lienlac.chat.inbox;

import java.util.List;
import vn.lienlac.chat.conversations.ConversationSummary;
import vn.lienlac.chat.event.EventView;

/**
 * The caller's inbox as a first screen needs it, in one answer: the conversation (as the conversation list shows it)
 * and its newest events, oldest first.
 *
 * @param conversation the caller's INBOX conversation, or null while they have none (no notice has reached them yet)
 * @param hasMore      true when older events lie before the first one (page back with the conversation's history)
 */
public record InboxPage(ConversationSummary conversation, List<EventView> events, boolean hasMore) {

    static InboxPage empty() {
        return new InboxPage(null, List.of(), false);
    }
}

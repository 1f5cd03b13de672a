package vn.lienlac.chat.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.chat.ConversationKind;
import vn.lienlac.chat.conversations.ConversationQueries;
import vn.lienlac.chat.conversations.ConversationSummary;
import vn.lienlac.chat.conversations.EventPages;
import vn.lienlac.chat.conversations.PageRequest;

/**
 * The newest page of the caller's inbox without first asking which conversation it is: on a slow line the app's
 * first screen is then one round trip after sign-in, not two (docs/chat-rest.md "The inbox's newest page").
 */
@ApplicationScoped
public class InboxPages {

    /**
     * Which inbox, for a person with several (a teacher who is also a parent has one per capacity): the guardian's,
     * where family notices arrive; then the lowest id.
     */
    private static final Comparator<ConversationSummary> PREFERRED = Comparator
            .comparing((ConversationSummary c) -> !c.me().startsWith("g:"))
            .thenComparingLong(ConversationSummary::id);

    private final ConversationQueries conversations;
    private final EventPages pages;

    public InboxPages(ConversationQueries conversations, EventPages pages) {
        this.conversations = conversations;
        this.pages = pages;
    }

    /** The newest {@code limit} events of the caller's inbox, or an empty page when they have no inbox yet. */
    public Uni<InboxPage> newest(ChatIdentity caller, int limit) {
        return conversations.list(caller).chain(list -> {
            ConversationSummary inbox = inbox(list);
            if (inbox == null) {
                return Uni.createFrom().item(InboxPage.empty());
            }
            PageRequest newest = new PageRequest(null, inbox.lastSeq() + 1, limit);
            return pages.page(caller, inbox.id(), newest).map(page -> page == null
                    ? InboxPage.empty() // left it between the two queries
                    : new InboxPage(inbox, page.events(), page.hasMore()));
        });
    }

    private static ConversationSummary inbox(List<ConversationSummary> list) {
        return list.stream().filter(c -> c.kind() == ConversationKind.INBOX).min(PREFERRED).orElse(null);
    }
}

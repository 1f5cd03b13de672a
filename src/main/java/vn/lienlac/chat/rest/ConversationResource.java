package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.conversations.ConversationQueries;
import vn.lienlac.chat.conversations.ConversationSummary;
import vn.lienlac.chat.conversations.EventPage;
import vn.lienlac.chat.conversations.EventPages;
import vn.lienlac.chat.conversations.MemberQueries;
import vn.lienlac.chat.conversations.MemberView;
import vn.lienlac.chat.conversations.PageRequest;
import vn.lienlac.platform.error.ApiException;

/**
 * The caller's conversations, their history and their members (docs/chat-rest.md). A conversation the caller is not
 * an active member of answers 404, whether or not it exists.
 */
@Path("/api/v1/chat/conversations")
@Authenticated
@Tag(name = "Chat", description = "Conversations, history, members")
public class ConversationResource {

    static final String NO_SUCH_CONVERSATION = "Không tìm thấy cuộc trò chuyện này.";

    private final ChatIdentities identities;
    private final SecurityIdentity identity;
    private final ConversationQueries conversations;
    private final EventPages pages;
    private final MemberQueries members;

    public ConversationResource(ChatIdentities identities, SecurityIdentity identity,
            ConversationQueries conversations, EventPages pages, MemberQueries members) {
        this.identities = identities;
        this.identity = identity;
        this.conversations = conversations;
        this.pages = pages;
        this.members = members;
    }

    @GET
    @Operation(summary = "My active conversations with unread counts, newest activity first")
    public Uni<List<ConversationSummary>> list() {
        return identities.of(identity).chain(conversations::list);
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "A page of events, oldest first: after a sequence number, the newest before one, or "
            + "between both (limit 1–200, default 50)")
    public Uni<EventPage> events(@PathParam("id") String id, @QueryParam("after") String after,
            @QueryParam("before") String before, @QueryParam("limit") String limit) {
        long conversationId = ConversationIds.parse(id);
        PageRequest request = PageRequest.parse(after, before, limit);
        return identities.of(identity).chain(caller -> pages.page(caller, conversationId, request))
                .onItem().ifNull().failWith(() -> ApiException.notFound(NO_SUCH_CONVERSATION));
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "The active members: name, role in words, owner flag and receipts")
    public Uni<List<MemberView>> members(@PathParam("id") String id) {
        long conversationId = ConversationIds.parse(id);
        return identities.of(identity).chain(caller -> members.members(caller, conversationId))
                .onItem().ifNull().failWith(() -> ApiException.notFound(NO_SUCH_CONVERSATION));
    }
}

package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.conversations.PageRequest;
import vn.lienlac.chat.inbox.InboxPage;
import vn.lienlac.chat.inbox.InboxPages;

@Path("/api/v1/chat/inbox")
@Authenticated
@Tag(name = "Chat", description = "Conversations, history, members")
public class InboxResource {

    private final ChatIdentities identities;
    private final SecurityIdentity identity;
    private final InboxPages inboxes;

    public InboxResource(ChatIdentities identities, SecurityIdentity identity, InboxPages inboxes) {
        this.identities = identities;
        this.identity = identity;
        this.inboxes = inboxes;
    }

    @GET
    @Operation(summary = "My inbox (notices and directives) and its newest events, oldest first, in one answer "
            + "(limit 1–200, default 50); the conversation is null while I have none")
    public Uni<InboxPage> newest(@QueryParam("limit") String limit) {
        int size = PageRequest.parse(null, null, limit).limit();
        return identities.of(identity).chain(caller -> inboxes.newest(caller, size));
    }
}

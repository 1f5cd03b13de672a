package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.conversations.ConversationSummary;
import vn.lienlac.chat.conversations.DirectConversations;
import vn.lienlac.chat.conversations.Participants;

/** Opening a direct conversation with someone the school relationships allow (docs/chat-rest.md). */
@Path("/api/v1/chat/direct")
@Authenticated
@Tag(name = "Chat")
public class DirectResource {

    private final ChatIdentities identities;
    private final SecurityIdentity identity;
    private final DirectConversations direct;

    public DirectResource(ChatIdentities identities, SecurityIdentity identity, DirectConversations direct) {
        this.identities = identities;
        this.identity = identity;
        this.direct = direct;
    }

    @POST
    @Operation(summary = "Open (201) or find (200) my direct conversation with a participant; 403 when no rule "
            + "allows it")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ConversationSummary.class)))
    @APIResponse(responseCode = "200", description = "It existed",
            content = @Content(schema = @Schema(implementation = ConversationSummary.class)))
    public Uni<Response> open(DirectRequest request) {
        Participant other = Participants.parse(request == null ? null : request.with());
        return identities.of(identity).chain(caller -> direct.open(caller, other))
                .map(opened -> Response.status(opened.created() ? Response.Status.CREATED : Response.Status.OK)
                        .entity(opened.conversation()).build());
    }
}

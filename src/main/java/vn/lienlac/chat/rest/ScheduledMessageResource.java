package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.lienlac.chat.scheduled.ScheduledMessage;
import vn.lienlac.chat.scheduled.ScheduledMessages;

/** Scheduling a message to a conversation for later ("Gửi lúc 06:30 sáng mai"; docs/chat-rest.md, "Send later"). */
@Path("/api/v1/chat/conversations/{id}/scheduled")
@Authenticated
@Tag(name = "Chat")
public class ScheduledMessageResource {

    private final ScheduledMessages scheduled;
    private final SecurityIdentity identity;

    public ScheduledMessageResource(ScheduledMessages scheduled, SecurityIdentity identity) {
        this.scheduled = scheduled;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Send a message to this conversation later, at sendAt (an active member; at most 30 days "
            + "ahead)")
    public Uni<RestResponse<ScheduledMessage>> schedule(@PathParam("id") String id,
            ScheduledMessages.Request request) {
        long conversationId = ConversationIds.parse(id);
        return scheduled.schedule(identity, conversationId, request).map(later -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, later)
                .location(URI.create("/api/v1/chat/me/scheduled/" + later.id())).build());
    }
}

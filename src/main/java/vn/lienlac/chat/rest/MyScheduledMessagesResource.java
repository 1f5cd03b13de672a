package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.chat.scheduled.ScheduledMessage;
import vn.lienlac.chat.scheduled.ScheduledMessages;
import vn.lienlac.chat.scheduled.SendLaterOffer;
import vn.lienlac.chat.scheduled.SendLaterOffer.Offer;

/** My messages sent later: list, cancel, and whether to offer "send later" now (docs/chat-rest.md, "Send later"). */
@Path("/api/v1/chat/me")
@Authenticated
@Tag(name = "Chat")
public class MyScheduledMessagesResource {

    private final ScheduledMessages scheduled;
    private final SendLaterOffer offer;
    private final SecurityIdentity identity;

    public MyScheduledMessagesResource(ScheduledMessages scheduled, SendLaterOffer offer, SecurityIdentity identity) {
        this.scheduled = scheduled;
        this.offer = offer;
        this.identity = identity;
    }

    @GET
    @Path("/scheduled")
    @Operation(summary = "My scheduled messages, latest time first")
    public Uni<List<ScheduledMessage>> mine() {
        return scheduled.mine(identity);
    }

    @DELETE
    @Path("/scheduled/{id}")
    @Operation(summary = "Cancel my scheduled message before it goes (409 once it went)")
    public Uni<ScheduledMessage> cancel(@PathParam("id") String id) {
        return scheduled.cancel(identity, ConversationIds.parse(id));
    }

    @GET
    @Path("/send-later")
    @Operation(summary = "Whether the composer offers \"send later\" now (during the night's quiet hours), and when")
    public Offer sendLater() {
        return offer.now();
    }
}

package vn.lienlac.adoption.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.adoption.invitations.InvitationChannels;
import vn.lienlac.notifications.outbox.ChannelName;

/**
 * Whether invitations can go out at all (docs/adoption.md, "Invitations"): the configured channels of Zalo and SMS.
 * No person's data: any signed-in caller may ask; the console hides "invite" when the list is empty.
 */
@Path("/api/v1/adoption/invitation-channels")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adoption")
public class InvitationChannelsResource {

    /** @param channels of {@code ZALO}, {@code SMS}, those configured, in the order they are tried */
    public record Answer(List<ChannelName> channels) {
    }

    private final InvitationChannels channels;

    public InvitationChannelsResource(InvitationChannels channels) {
        this.channels = channels;
    }

    @GET
    @Operation(summary = "The channels invitations can go out on here (Zalo, SMS: those configured)")
    public Uni<Answer> channels() {
        return Uni.createFrom().item(() -> new Answer(channels.now()));
    }
}

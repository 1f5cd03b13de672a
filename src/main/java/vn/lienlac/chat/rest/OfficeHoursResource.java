package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.moderation.OfficeHoursService;
import vn.lienlac.platform.error.ApiException;

/**
 * A staff member's office hours (quiet hours): outside them guardians' messages arrive without a notification and
 * the guardian is shown the notice once. Each of the caller's staff positions has its own; {@code participant}
 * narrows a call to one of them. Guardians without a staff position get 403.
 */
@Path("/api/v1/chat")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat office hours")
public class OfficeHoursResource {

    private final ChatIdentities identities;
    private final OfficeHoursService officeHours;
    private final SecurityIdentity identity;

    public OfficeHoursResource(ChatIdentities identities, OfficeHoursService officeHours, SecurityIdentity identity) {
        this.identities = identities;
        this.officeHours = officeHours;
        this.identity = identity;
    }

    @GET
    @Path("/office-hours")
    @Operation(summary = "My office hours, one entry per staff position that has them")
    public Uni<List<OfficeHoursView>> get() {
        return identities.of(identity).chain(officeHours::list).map(OfficeHoursView::of);
    }

    @PUT
    @Path("/office-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set my office hours (all my staff positions, or the one named by participant)")
    public Uni<List<OfficeHoursView>> put(@QueryParam("participant") String participant, OfficeHoursRequest request) {
        return identities.of(identity).chain(caller -> officeHours.set(caller, participant, () -> {
            if (request == null) {
                throw ApiException.badRequest("Thiếu nội dung: gửi weekdays, opens, closes.");
            }
            return request.toHours();
        })).map(OfficeHoursView::of);
    }

    @DELETE
    @Path("/office-hours")
    @Operation(summary = "Remove my office hours: messages always notify again")
    public Uni<Void> delete(@QueryParam("participant") String participant) {
        return identities.of(identity).chain(caller -> officeHours.remove(caller, participant));
    }
}

package vn.lienlac.adoption.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.adoption.invitations.Invitations;
import vn.lienlac.adoption.invitations.OpenedInvitation;
import vn.lienlac.platform.error.ApiException;

/**
 * An invitation's code resolved for the web app's sign-in (public: the person is not signed in yet). It reveals the
 * number the invitation was sent to and the school's name, nothing more; the code is 80 random bits and expires.
 */
@Path("/api/v1/adoption/invitations")
@PermitAll
@Tag(name = "Adoption")
public class InvitationLinkResource {

    private final Invitations invitations;

    public InvitationLinkResource(Invitations invitations) {
        this.invitations = invitations;
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve an invitation's code (public): the number it was sent to and the school; 404 when "
            + "unknown or expired. The first call marks the invitation opened.")
    public Uni<OpenedInvitation> open(@PathParam("code") String code) {
        return invitations.open(code).onItem().ifNull().failWith(() -> ApiException.notFound(
                "Lời mời không tồn tại hoặc đã hết hạn. Hãy đăng nhập bằng số điện thoại đã đăng ký với nhà trường."));
    }
}

package vn.lienlac.notifications.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.notifications.endpoints.EndpointRequest;
import vn.lienlac.notifications.endpoints.EndpointView;
import vn.lienlac.notifications.endpoints.PushEndpoints;

/** The signed-in person's push endpoints: browsers' Web Push subscriptions and native apps' device tokens. */
@Path("/api/v1/notifications/endpoints")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Push endpoints, the person's channel choices and schools' policies")
public class EndpointResource {

    private final PushEndpoints endpoints;
    private final SecurityIdentity identity;

    public EndpointResource(PushEndpoints endpoints, SecurityIdentity identity) {
        this.endpoints = endpoints;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register this device or browser (201 when new, 200 when known: it moves to the caller)")
    public Uni<Response> register(EndpointRequest request, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        return endpoints.register(identity, request, userAgent).map(registration -> Response
                .status(registration.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(registration.endpoint()).build());
    }

    @GET
    @Operation(summary = "The caller's push endpoints, most recently registered first")
    public Uni<List<EndpointView>> mine() {
        return endpoints.mine(identity);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove one of the caller's push endpoints (404 for anyone else's)")
    public Uni<Response> remove(@PathParam("id") long id) {
        return endpoints.remove(identity, id).replaceWith(Response.noContent().build());
    }
}

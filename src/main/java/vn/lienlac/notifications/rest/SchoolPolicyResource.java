package vn.lienlac.notifications.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.notifications.policy.SchoolOverrides;
import vn.lienlac.notifications.policy.SchoolPolicyService;
import vn.lienlac.notifications.policy.SchoolPolicyView;
import vn.lienlac.platform.error.CorrelationIdRoute;

/**
 * A school's notification policy (docs/notifications.md, "The policy"): quiet hours and, per item kind, how the paid
 * channels are used. For the school's principal and vice principals, its district's officers and the admin.
 */
@Path("/api/v1/notifications/schools/{code}/policy")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class SchoolPolicyResource {

    private final SchoolPolicyService policies;
    private final AccessPolicy access;
    private final SecurityIdentity identity;

    public SchoolPolicyResource(SchoolPolicyService policies, AccessPolicy access, SecurityIdentity identity) {
        this.policies = policies;
        this.access = access;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The policy in force at the school, and what the school changed of the defaults")
    public Uni<SchoolPolicyView> get(@PathParam("code") String code) {
        return access.requireSchoolLeadership(code).chain(() -> policies.get(code));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the school's departures from the defaults (fields and kinds left out: the defaults)")
    public Uni<SchoolPolicyView> put(@PathParam("code") String code,
            @NotNull(message = "Cần nội dung JSON.") SchoolOverrides changes, RoutingContext ctx) {
        return access.requireSchoolLeadership(code)
                .chain(() -> policies.put(code, changes, identity.getPrincipal().getName(), CorrelationIdRoute.of(ctx)));
    }
}

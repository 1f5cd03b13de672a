package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.chat.membership.SchoolChatSettingsService;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.platform.error.CorrelationIdRoute;

/**
 * A school's chat settings (docs/chat-groups.md), for those who manage the school: its principal and vice
 * principals, the officers of its district and the admin.
 */
@Path("/api/v1/chat/schools/{code}/settings")
@Authenticated
@Tag(name = "Chat: school settings", description = "Per-school chat switches, such as the parents-only class groups")
public class SchoolChatSettingsResource {

    private final SchoolChatSettingsService settings;
    private final AccessPolicy policy;
    private final SecurityIdentity identity;

    public SchoolChatSettingsResource(SchoolChatSettingsService settings, AccessPolicy policy,
            SecurityIdentity identity) {
        this.settings = settings;
        this.policy = policy;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "A school's chat settings")
    public Uni<SchoolChatSettingsResponse> get(@PathParam("code") String code) {
        return policy.requireSchoolManagement(code)
                .chain(() -> settings.get(code))
                .map(SchoolChatSettingsResponse::from);
    }

    @PUT
    @Operation(summary = "Change a school's chat settings; the class groups follow at once")
    public Uni<SchoolChatSettingsResponse> put(@PathParam("code") String code,
            @Valid @NotNull(message = "Cần nội dung JSON.") SchoolChatSettingsRequest request, RoutingContext ctx) {
        return policy.requireSchoolManagement(code)
                .chain(() -> settings.put(code, request.parentsGroups(), identity.getPrincipal().getName(),
                        CorrelationIdRoute.of(ctx)))
                .map(SchoolChatSettingsResponse::from);
    }
}

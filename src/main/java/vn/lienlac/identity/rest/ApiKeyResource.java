package vn.lienlac.identity.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.apikey.ApiKeyViews.ApiKeyItem;
import vn.lienlac.identity.apikey.SchoolApiKeys;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * School portals' service credentials: an API key per portal, scoped to one school, shown once. Managed by those
 * who manage the school (admin, its principal and vice principals, its district's officers); a portal's own key
 * cannot mint or revoke keys.
 */
@Path("/api/v1/api-keys")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class ApiKeyResource {

    private final SchoolApiKeys keys;
    private final SecurityIdentity identity;
    private final AccessPolicy policy;

    public ApiKeyResource(SchoolApiKeys keys, SecurityIdentity identity, AccessPolicy policy) {
        this.keys = keys;
        this.identity = identity;
        this.policy = policy;
    }

    @POST
    @Operation(summary = "Create an API key for one school's portal; the key is returned this once")
    public Uni<Response> create(@Valid @NotNull NewApiKey request) {
        String school = request.schoolCode().trim();
        return notAPortal().chain(() -> policy.requireSchoolManagement(school))
                .chain(() -> keys.create(school, request.name().trim(), identity.getPrincipal().getName()))
                .map(created -> Response.status(Response.Status.CREATED).entity(created).build());
    }

    @GET
    @Operation(summary = "List a school's API keys (never their secrets)")
    public Uni<List<ApiKeyItem>> list(@QueryParam("schoolCode") @NotBlank String schoolCode) {
        return notAPortal().chain(() -> policy.requireSchoolManagement(schoolCode)).chain(() -> keys.list(schoolCode));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key at once")
    public Uni<Response> revoke(@PathParam("id") UUID id) {
        return notAPortal()
                .chain(() -> policy.requireManagedRecord(() -> keys.find(id), ApiKeyItem::schoolCode,
                        () -> ApiException.notFound("Không tìm thấy khóa API " + id + ".")))
                .chain(key -> keys.revoke(id))
                .map(revoked -> Response.noContent().build());
    }

    private Uni<Void> notAPortal() {
        return identity.hasRole(Roles.SCHOOL_PORTAL)
                ? Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN))
                : Uni.createFrom().voidItem();
    }

    /** A key for one school's portal; the name says which system uses it (e.g. "Phần mềm quản lý trường"). */
    public record NewApiKey(@NotBlank @Size(max = 50) String schoolCode, @NotBlank @Size(max = 100) String name) {
    }
}

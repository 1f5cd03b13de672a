package vn.lienlac.identity.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.apikey.ApiKeyViews.ApiKeyItem;
import vn.lienlac.identity.apikey.SchoolApiKeys;
import vn.lienlac.platform.error.ApiException;

/** School portals' service credentials: an API key per portal, scoped to one school, shown once. */
@Path("/api/v1/api-keys")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class ApiKeyResource {

    private final SchoolApiKeys keys;
    private final SecurityIdentity identity;

    public ApiKeyResource(SchoolApiKeys keys, SecurityIdentity identity) {
        this.keys = keys;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Create an API key for one school's portal; the key is returned this once")
    public Uni<Response> create(@Valid @NotNull NewApiKey request) {
        return keys.create(request.schoolCode().trim(), request.name().trim(), identity.getPrincipal().getName())
                .map(created -> Response.status(Response.Status.CREATED).entity(created).build());
    }

    @GET
    @Operation(summary = "List a school's API keys (never their secrets)")
    public Uni<List<ApiKeyItem>> list(@QueryParam("schoolCode") @NotBlank String schoolCode) {
        return keys.list(schoolCode);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key at once")
    public Uni<Response> revoke(@PathParam("id") UUID id) {
        return keys.revoke(id).map(found -> {
            if (!found) {
                throw ApiException.notFound("Không tìm thấy khóa API " + id + ".");
            }
            return Response.noContent().build();
        });
    }

    /** A key for one school's portal; the name says which system uses it (e.g. "Phần mềm quản lý trường"). */
    public record NewApiKey(@NotBlank @Size(max = 50) String schoolCode, @NotBlank @Size(max = 100) String name) {
    }
}

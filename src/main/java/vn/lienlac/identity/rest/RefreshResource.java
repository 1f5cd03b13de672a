package vn.lienlac.identity.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.identity.session.RefreshService;
import vn.lienlac.identity.session.TokenPair;

/** Exchanges a refresh token for a new token pair in the same session. */
@Path("/api/v1/auth/refresh")
@Tag(name = "Authentication")
public class RefreshResource {

    private final RefreshService refresh;

    public RefreshResource(RefreshService refresh) {
        this.refresh = refresh;
    }

    @POST
    @PermitAll
    @Operation(summary = "Rotate a refresh token: the presented token is used up; presenting it again ends the session")
    public Uni<TokenPair> refresh(@Valid @NotNull(message = "Cần nội dung JSON.") RefreshRequest request) {
        return refresh.refresh(request.refreshToken());
    }
}

package vn.lienlac.identity.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.password.PasswordChange;
import vn.lienlac.identity.password.PasswordSignIn;
import vn.lienlac.identity.session.SessionClaims;
import vn.lienlac.identity.session.TokenPair;

/** Staff passwords: sign in with one, set or change one. */
@Path("/api/v1/auth/password")
@Tag(name = "Authentication")
public class PasswordResource {

    private static final String BODY_REQUIRED = "Cần nội dung JSON.";

    private final PasswordSignIn signIn;
    private final PasswordChange change;
    private final SessionClaims claims;
    private final SecurityIdentity identity;

    public PasswordResource(PasswordSignIn signIn, PasswordChange change, SessionClaims claims,
            SecurityIdentity identity) {
        this.signIn = signIn;
        this.change = change;
        this.claims = claims;
        this.identity = identity;
    }

    @POST
    @PermitAll
    @Operation(summary = "Sign in with a phone number or staff code and a password; answers a token pair")
    public Uni<TokenPair> signIn(@Valid @NotNull(message = BODY_REQUIRED) PasswordSignInRequest request,
            @Context HttpServerRequest http) {
        return signIn.signIn(request.login(), request.password(), Devices.of(request.deviceName(), http));
    }

    @PUT
    @RolesAllowed({Roles.DEPARTMENT_OFFICER, Roles.DISTRICT_OFFICER, Roles.PRINCIPAL, Roles.VICE_PRINCIPAL,
            Roles.TEACHER, Roles.SCHOOL_NURSE, Roles.STAFF})
    @Operation(summary = "Set or change the caller's password (staff); signs out the account's other sessions")
    public Uni<Void> change(@Valid @NotNull(message = BODY_REQUIRED) PasswordChangeRequest request) {
        return change.change(claims.require(identity), request.currentPassword(), request.newPassword());
    }
}

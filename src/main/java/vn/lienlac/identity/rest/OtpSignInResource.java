package vn.lienlac.identity.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.identity.otp.OtpChallenge;
import vn.lienlac.identity.rest.OtpSignInRequests.CodeRequest;
import vn.lienlac.identity.rest.OtpSignInRequests.CodeSignIn;
import vn.lienlac.identity.session.OtpSignIn;
import vn.lienlac.identity.session.TokenPair;

/**
 * Sign-in for families and staff with a phone number and a one-time code (docs/auth.md). Asking for a code
 * answers the same whether or not the number belongs to anyone; throttles answer 429 with {@code Retry-After}.
 */
@Path("/api/v1/auth/otp")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class OtpSignInResource {

    private static final String BODY_REQUIRED = "Cần nội dung JSON.";
    private final OtpSignIn signIn;

    public OtpSignInResource(OtpSignIn signIn) {
        this.signIn = signIn;
    }

    @POST
    @Path("/request")
    @Operation(summary = "Send a one-time code to a phone number (same answer for unknown numbers)")
    public Uni<Response> request(@Valid @NotNull(message = BODY_REQUIRED) CodeRequest body,
            @Context HttpServerRequest http) {
        return signIn.requestCode(body.phone(), Devices.of(null, http))
                .map(challenge -> Response.accepted(new CodeSent(challenge)).build());
    }

    @POST
    @Path("/verify")
    @Operation(summary = "Sign in with the one-time code; answers a token pair")
    public Uni<TokenPair> verify(@Valid @NotNull(message = BODY_REQUIRED) CodeSignIn body,
            @Context HttpServerRequest http) {
        return signIn.signIn(body.phone(), body.code().trim(), Devices.of(body.deviceName(), http));
    }

    /** When the code stops working, and when another may be asked for. */
    public record CodeSent(java.time.Instant expiresAt, java.time.Instant resendAfter) {
        CodeSent(OtpChallenge challenge) {
            this(challenge.expiresAt(), challenge.resendAfter());
        }
    }
}

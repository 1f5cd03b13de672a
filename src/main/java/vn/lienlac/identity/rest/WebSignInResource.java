package vn.lienlac.identity.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.identity.password.PasswordSignIn;
import vn.lienlac.identity.rest.OtpSignInRequests.CodeSignIn;
import vn.lienlac.identity.session.OtpSignIn;
import vn.lienlac.identity.session.RefreshService;
import vn.lienlac.identity.session.SessionService;
import vn.lienlac.identity.session.TokenPair;
import vn.lienlac.identity.sso.SsoSignIn;
import vn.lienlac.identity.sso.SsoWebClient;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.CorrelationIds;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.error.Problem;

/**
 * Sign-in for the web app (docs/auth.md, "A browser"): the same sign-ins as a phone's, but the refresh token goes
 * into an HttpOnly, Secure, SameSite=Strict cookie scoped to this path, out of reach of the page's scripts, and the
 * answer carries only the access token, which the app keeps in memory. Every request here must carry the
 * {@code X-Lienlac-Csrf} header ({@link WebSignInGuard}): a cross-site page cannot send it.
 */
@Path(RefreshCookie.PATH)
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class WebSignInResource {

    static final String NO_SESSION = "Chưa đăng nhập trên trình duyệt này, hoặc phiên đăng nhập đã kết thúc.";
    private static final String BODY_REQUIRED = "Cần nội dung JSON.";

    private final OtpSignIn otp;
    private final PasswordSignIn password;
    private final RefreshService refresh;
    private final SessionService sessions;
    private final RefreshCookie cookie;
    private final SsoWebClient ssoClient;
    private final SsoSignIn sso;
    private final SecurityIdentity identity;

    public WebSignInResource(OtpSignIn otp, PasswordSignIn password, RefreshService refresh,
            SessionService sessions, RefreshCookie cookie, SsoWebClient ssoClient, SsoSignIn sso,
            SecurityIdentity identity) {
        this.otp = otp;
        this.password = password;
        this.refresh = refresh;
        this.sessions = sessions;
        this.cookie = cookie;
        this.ssoClient = ssoClient;
        this.sso = sso;
        this.identity = identity;
    }

    @POST
    @Path("/otp/verify")
    @Operation(summary = "Browser sign-in with a one-time code: the refresh token is set as an HttpOnly cookie")
    public Uni<Response> verify(@Valid @NotNull(message = BODY_REQUIRED) CodeSignIn body,
            @Context HttpServerRequest http) {
        return otp.signIn(body.phone(), body.code().trim(), Devices.of(body.deviceName(), http)).map(this::signedIn);
    }

    @POST
    @Path("/password")
    @Operation(summary = "Browser sign-in with a password (staff): the refresh token is set as an HttpOnly cookie")
    public Uni<Response> password(@Valid @NotNull(message = BODY_REQUIRED) PasswordSignInRequest body,
            @Context HttpServerRequest http) {
        return password.signIn(body.login(), body.password(), Devices.of(body.deviceName(), http)).map(this::signedIn);
    }

    @GET
    @Path("/sso")
    @Operation(summary = "Whether and where the web app signs staff in at the sector SSO (docs/auth-sso.md)")
    public Uni<SsoWebClient.Settings> ssoSettings() {
        return ssoClient.settings();
    }

    @POST
    @Path("/sso")
    @Authenticated
    @Operation(summary = "Browser sign-in with the sector SSO's access token (Authorization: Bearer): the refresh"
            + " token is set as an HttpOnly cookie")
    public Uni<Response> sso(@Valid SsoSignInRequest body, @Context HttpServerRequest http) {
        return sso.signIn(identity, Devices.of(body == null ? null : body.deviceName(), http)).map(this::signedIn);
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "A new access token from the refresh cookie, which is rotated (used once)")
    public Uni<Response> refresh(@CookieParam(RefreshCookie.NAME) String token, @Context HttpServerRequest http) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Uni.createFrom().item(signedOut(http));
        }
        return refresh.refresh(token).map(this::signedIn)
                .onFailure(WebSignInResource::sessionRefused).recoverWithItem(failure -> signedOut(http));
    }

    private static boolean sessionRefused(Throwable failure) {
        return failure instanceof ApiException api && api.code() == ErrorCode.UNAUTHENTICATED;
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out this browser: ends the cookie's session and removes the cookie")
    public Uni<Response> logout(@CookieParam(RefreshCookie.NAME) String token) {
        Uni<Void> end = token == null || token.isBlank() || token.length() > 100
                ? Uni.createFrom().voidItem()
                : sessions.logoutWithRefreshToken(token);
        return end.map(nothing -> Response.noContent().cookie(cookie.expired()).build());
    }

    private Response signedIn(TokenPair pair) {
        return Response.ok(new WebTokens(pair.accessToken(), pair.accessTokenExpiresAt(),
                pair.refreshTokenExpiresAt(), pair.sessionId())).cookie(cookie.of(pair)).build();
    }

    /** 401 and the cookie removed: the app shows its sign-in page. */
    private Response signedOut(HttpServerRequest http) {
        return Response.status(ErrorCode.UNAUTHENTICATED.status()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ErrorCode.UNAUTHENTICATED, NO_SESSION, CorrelationIds.of(http), List.of()))
                .cookie(cookie.expired()).build();
    }

    /** What the page gets: the access token (kept in memory), when it and the session's refresh expire. */
    public record WebTokens(String accessToken, Instant accessTokenExpiresAt, Instant refreshTokenExpiresAt,
            UUID sessionId) {

        @Override
        public String toString() {
            return "WebTokens[sessionId=" + sessionId + "]";
        }
    }
}

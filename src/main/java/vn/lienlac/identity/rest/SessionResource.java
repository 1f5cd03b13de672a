package vn.lienlac.identity.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.identity.session.SessionClaims;
import vn.lienlac.identity.session.SessionInfo;
import vn.lienlac.identity.session.SessionService;
import vn.lienlac.platform.error.ApiException;

/** The caller's own sessions: sign out here or everywhere, list devices, end one. */
@Path("/api/v1/auth")
@Authenticated
@Tag(name = "Authentication")
public class SessionResource {

    static final String NO_SUCH_SESSION = "Không tìm thấy phiên đăng nhập này trong các phiên của bạn.";

    private final SessionService sessions;
    private final SessionClaims claims;
    private final SecurityIdentity identity;

    public SessionResource(SessionService sessions, SessionClaims claims, SecurityIdentity identity) {
        this.sessions = sessions;
        this.claims = claims;
        this.identity = identity;
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out: ends the current session; its tokens stop working at once")
    public Uni<Void> logout() {
        return sessions.logout(claims.require(identity));
    }

    @POST
    @Path("/logout-all")
    @Operation(summary = "Sign out on every device: ends all sessions of the caller's account")
    public Uni<Void> logoutAll() {
        return sessions.logoutAll(claims.require(identity));
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "The caller's live sessions, most recently used first; current marks this one")
    public Uni<List<SessionInfo>> list() {
        return sessions.list(claims.require(identity));
    }

    @DELETE
    @Path("/sessions/{id}")
    @Operation(summary = "End one of the caller's own sessions (404 for any other)")
    public Uni<Void> end(@PathParam("id") String id) {
        UUID sessionId = uuid(id);
        if (sessionId == null) {
            return Uni.createFrom().failure(ApiException.notFound(NO_SUCH_SESSION));
        }
        return sessions.end(claims.require(identity), sessionId).chain(ended -> ended
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ApiException.notFound(NO_SUCH_SESSION)));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package vn.lienlac.identity.session;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A person's own sessions: sign out here or everywhere, list the devices signed in, end one of them. Revoking a
 * session ends its refresh token and, through {@link SessionCheckAugmentor}, its access tokens at once.
 */
@ApplicationScoped
public class SessionService {

    private final SessionStore sessions;
    private final Pool pool;
    private final Clock clock;

    public SessionService(SessionStore sessions, Pool pool, Clock clock) {
        this.sessions = sessions;
        this.pool = pool;
        this.clock = clock;
    }

    /** Ends the caller's current session. */
    public Uni<Void> logout(CallerSession caller) {
        // audit: SESSION_REVOKED (reason LOGOUT)
        return sessions.revoke(pool, caller.sessionId(), RevokeReason.LOGOUT, clock.instant()).replaceWithVoid();
    }

    /** Ends every session of the caller's account, the current one included. */
    public Uni<Void> logoutAll(CallerSession caller) {
        // audit: SESSION_REVOKED (reason LOGOUT_ALL, every session of the account)
        return sessions.revokeAll(pool, caller.accountId(), null, RevokeReason.LOGOUT_ALL, clock.instant())
                .replaceWithVoid();
    }

    /** The caller's live sessions, most recently used first, the current one marked. */
    public Uni<List<SessionInfo>> list(CallerSession caller) {
        return sessions.live(pool, caller.accountId(), caller.sessionId(), clock.instant());
    }

    /** Ends one of the caller's own live sessions; false when the caller has no such session. */
    public Uni<Boolean> end(CallerSession caller, UUID sessionId) {
        // audit: SESSION_REVOKED (reason SESSION_DELETED)
        return sessions.revokeOwn(pool, caller.accountId(), sessionId, RevokeReason.SESSION_DELETED,
                clock.instant());
    }
}

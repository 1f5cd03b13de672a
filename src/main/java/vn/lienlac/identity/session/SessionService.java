package vn.lienlac.identity.session;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;

/**
 * A person's own sessions: sign out here or everywhere, list the devices signed in, end one of them. Revoking a
 * session ends its refresh token and, through {@link SessionCheckAugmentor}, its access tokens at once.
 */
@ApplicationScoped
public class SessionService {

    private final SessionStore sessions;
    private final Pool pool;
    private final Clock clock;
    private final AuditLog audit;

    private final RefreshTokenStore refreshTokens;

    public SessionService(SessionStore sessions, RefreshTokenStore refreshTokens, Pool pool, Clock clock,
            AuditLog audit) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.pool = pool;
        this.clock = clock;
        this.audit = audit;
    }

    /** Ends the caller's current session. */
    public Uni<Void> logout(CallerSession caller) {
        return sessions.revoke(pool, caller.sessionId(), RevokeReason.LOGOUT, clock.instant())
                .call(() -> revoked(AuditAction.SESSION_REVOKED, caller, caller.sessionId(), RevokeReason.LOGOUT))
                .replaceWithVoid();
    }

    /**
     * Ends the session of a browser's refresh cookie (docs/auth.md, "A browser"): the browser may hold no access token
     * any more when it signs out. An unknown, expired or already used token ends nothing.
     */
    public Uni<Void> logoutWithRefreshToken(String refreshToken) {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> refreshTokens.lock(conn, refreshToken).chain(stored -> {
            if (stored == null || stored.usedAt() != null || !stored.expiresAt().isAfter(now)) {
                return Uni.createFrom().<CallerSession>nullItem();
            }
            return sessions.liveAccount(conn, stored.sessionId(), now).chain(account -> account == null
                    ? Uni.createFrom().<CallerSession>nullItem()
                    : sessions.revoke(conn, stored.sessionId(), RevokeReason.LOGOUT, now)
                            .replaceWith(new CallerSession(account, stored.sessionId())));
        })).call(caller -> caller == null ? Uni.createFrom().voidItem()
                : revoked(AuditAction.SESSION_REVOKED, caller, caller.sessionId(), RevokeReason.LOGOUT))
                .replaceWithVoid();
    }

    /** Ends every session of the caller's account, the current one included. */
    public Uni<Void> logoutAll(CallerSession caller) {
        return sessions.revokeAll(pool, caller.accountId(), null, RevokeReason.LOGOUT_ALL, clock.instant())
                .call(() -> revoked(AuditAction.SIGNED_OUT_ALL, caller, null, RevokeReason.LOGOUT_ALL))
                .replaceWithVoid();
    }

    /** The caller's live sessions, most recently used first, the current one marked. */
    public Uni<List<SessionInfo>> list(CallerSession caller) {
        return sessions.live(pool, caller.accountId(), caller.sessionId(), clock.instant());
    }

    /** Ends one of the caller's own live sessions; false when the caller has no such session. */
    public Uni<Boolean> end(CallerSession caller, UUID sessionId) {
        return sessions.revokeOwn(pool, caller.accountId(), sessionId, RevokeReason.SESSION_DELETED,
                clock.instant())
                .call(ended -> ended
                        ? revoked(AuditAction.SESSION_REVOKED, caller, sessionId, RevokeReason.SESSION_DELETED)
                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> revoked(AuditAction action, CallerSession caller, UUID sessionId, RevokeReason reason) {
        return audit.record(new AuditEntry(action, AuditOutcome.SUCCESS, caller.accountId().toString(),
                sessionId == null ? null : sessionId.toString(), null, null, null, Map.of("reason", reason.name())));
    }
}

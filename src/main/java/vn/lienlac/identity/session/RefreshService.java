package vn.lienlac.identity.session;

import io.smallrye.mutiny.Uni;
import java.util.Map;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.directory.Person;
import vn.lienlac.identity.account.AccountPeople;
import vn.lienlac.identity.account.AccountStore;
import vn.lienlac.identity.account.PersonRoles;
import vn.lienlac.identity.session.RefreshTokenStore.IssuedToken;
import vn.lienlac.identity.session.RefreshTokenStore.StoredToken;
import vn.lienlac.identity.token.TokenIssuer;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Refresh-token rotation with reuse detection. A refresh token is good once: using it marks it used and issues the
 * next one in the same session, with an access token whose roles are read from the directory again. Presenting a
 * used token again means two parties hold it (one of them may have stolen it), so the whole session is revoked.
 * The check and the rotation happen in one transaction holding the token's row lock: of two concurrent refreshes
 * with one token, exactly one succeeds and the other is a reuse.
 */
@ApplicationScoped
public class RefreshService {

    static final String REFUSED = "Phiên đăng nhập đã hết hạn hoặc đã kết thúc. Vui lòng đăng nhập lại.";

    private final RefreshTokenStore refreshTokens;
    private final SessionStore sessions;
    private final AccountStore accounts;
    private final AccountPeople people;
    private final TokenIssuer tokens;
    private final Pool pool;
    private final Clock clock;

    private final AuditLog audit;

    public RefreshService(RefreshTokenStore refreshTokens, SessionStore sessions, AccountStore accounts,
            AccountPeople people, TokenIssuer tokens, Pool pool, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.accounts = accounts;
        this.people = people;
        this.tokens = tokens;
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * A new token pair in the session of {@code refreshToken}. Fails with {@code UNAUTHENTICATED} when the token is
     * unknown, expired, already used (the session is then revoked), or its session has ended, or the person no
     * longer holds an active role in the directory (the session is then revoked).
     */
    public Uni<TokenPair> refresh(String refreshToken) {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> refreshTokens.lock(conn, refreshToken)
                        .chain(stored -> rotate(conn, refreshToken, stored, now)))
                .onItem().ifNull().failWith(() -> new ApiException(ErrorCode.UNAUTHENTICATED, REFUSED))
                // after the commit: the account row is never locked while a session is (see SessionStore)
                .call(rotated -> accounts.active(pool, rotated.accountId(), now))
                .map(rotated -> TokenPair.of(tokens.issue(SignInService.subject(rotated.accountId(), rotated.person(),
                        rotated.roles()), rotated.sessionId()), rotated.refresh(), rotated.sessionId()));
    }

    /** The rotation, or a null item when refused; a refusal that revokes the session still commits. */
    private Uni<Rotated> rotate(SqlConnection conn, String token, StoredToken stored, Instant now) {
        if (stored == null || !stored.expiresAt().isAfter(now)) {
            return Uni.createFrom().nullItem();
        }
        UUID sessionId = stored.sessionId();
        if (stored.usedAt() != null) {
            return sessions.revoke(conn, sessionId, RevokeReason.REFRESH_TOKEN_REUSE, now)
                    .call(() -> audit.record(conn, new AuditEntry(AuditAction.REFRESH_TOKEN_REUSED,
                            AuditOutcome.FAILURE, null, sessionId.toString(), null, null, null,
                            Map.of("reason", RevokeReason.REFRESH_TOKEN_REUSE.name()))))
                    .replaceWith((Rotated) null);
        }
        return sessions.use(conn, sessionId, now).chain(session -> session == null
                ? Uni.createFrom().nullItem()
                : accounts.byId(conn, session.accountId()).chain(people::person).chain(person -> {
                    Set<String> roles = PersonRoles.of(person);
                    if (roles.isEmpty()) {
                        return sessions.revoke(conn, sessionId, RevokeReason.PERSON_INACTIVE, now)
                                .call(() -> audit.record(conn, new AuditEntry(AuditAction.SESSION_REVOKED,
                                        AuditOutcome.SUCCESS, session.accountId().toString(), sessionId.toString(),
                                        null, null, null, Map.of("reason", RevokeReason.PERSON_INACTIVE.name()))))
                                .replaceWith((Rotated) null);
                    }
                    return refreshTokens.markUsed(conn, token, now)
                            .chain(() -> refreshTokens.issue(conn, sessionId, now, session.expiresAt()))
                            .map(next -> new Rotated(session.accountId(), sessionId, person, roles, next));
                }));
    }

    private record Rotated(UUID accountId, UUID sessionId, Person person, Set<String> roles, IssuedToken refresh) {
    }
}

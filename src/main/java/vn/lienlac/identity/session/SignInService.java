package vn.lienlac.identity.session;

import io.smallrye.mutiny.Uni;
import java.util.Map;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.directory.Person;
import vn.lienlac.identity.account.AccountStore;
import vn.lienlac.identity.account.PersonRoles;
import vn.lienlac.identity.session.RefreshTokenStore.IssuedToken;
import vn.lienlac.identity.token.TokenIssuer;
import vn.lienlac.identity.token.TokenSubject;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * The last step of every sign-in method (one-time code, password, SSO): once the method has proved who the person
 * is, opens a session for them and answers a token pair.
 */
@ApplicationScoped
public class SignInService {

    static final String NO_ACTIVE_ROLE = "Bạn hiện không có vai trò nào đang hoạt động trong danh bạ của nhà trường"
            + " nên chưa thể đăng nhập. Hãy liên hệ nhà trường.";

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final RefreshTokenStore refreshTokens;
    private final TokenIssuer tokens;
    private final SessionConfig config;
    private final Pool pool;
    private final Clock clock;

    private final AuditLog audit;

    public SignInService(AccountStore accounts, SessionStore sessions, RefreshTokenStore refreshTokens,
            TokenIssuer tokens, SessionConfig config, Pool pool, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
        this.config = config;
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Finds or creates the person's account, records the sign-in (the first one activates the account), opens a
     * session on this device (revoking the account's oldest beyond the limit) and issues its tokens, in one
     * transaction. Fails with {@code FORBIDDEN} when the person holds no active role.
     *
     * @param person as the directory knows them now ({@link vn.lienlac.directory.PeopleLookup})
     */
    public Uni<TokenPair> complete(Person person, DeviceInfo device) {
        Set<String> roles = PersonRoles.of(person);
        if (roles.isEmpty()) {
            // the caller (OtpSignIn, PasswordSignIn) audits the outcome
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN, NO_ACTIVE_ROLE));
        }
        Instant now = clock.instant();
        Instant sessionEnds = now.plus(config.sessionMaxAge());
        return pool.withTransaction(conn -> accounts.findOrCreate(conn, person, now)
                        .call(account -> accounts.signedIn(conn, account.id(), now))
                        .chain(account -> sessions.open(conn, account.id(), device, now, sessionEnds)
                                .call(() -> sessions.keepNewest(conn, account.id(), config.maxSessionsPerAccount(),
                                        now).chain(revoked -> revoked == 0 ? Uni.createFrom().voidItem()
                                        : audit.record(conn, new AuditEntry(AuditAction.SESSION_REVOKED,
                                                AuditOutcome.SUCCESS, account.id().toString(), null, null,
                                                device.clientIp(), null, Map.of("reason", "SESSION_LIMIT",
                                                        "sessionsRevoked", revoked)))))
                                .chain(sessionId -> refreshTokens.issue(conn, sessionId, now, sessionEnds)
                                        .map(refresh -> new Opened(account.id(), sessionId, refresh)))))
                .map(opened -> TokenPair.of(tokens.issue(subject(opened.accountId(), person, roles),
                        opened.sessionId()), opened.refresh(), opened.sessionId()));
    }

    static TokenSubject subject(UUID accountId, Person person, Set<String> roles) {
        return new TokenSubject(accountId.toString(), person.phone(), person.staffCode(), roles);
    }

    private record Opened(UUID accountId, UUID sessionId, IssuedToken refresh) {
    }
}

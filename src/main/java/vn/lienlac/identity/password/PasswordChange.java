package vn.lienlac.identity.password;

import io.smallrye.mutiny.Uni;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.lienlac.identity.account.Account;
import vn.lienlac.identity.account.AccountStore;
import vn.lienlac.identity.session.CallerSession;
import vn.lienlac.identity.session.RevokeReason;
import vn.lienlac.identity.session.SessionStore;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * A member of staff sets or changes their password. Changing it (not setting the first one) needs the current
 * password. Every other session of the account is signed out: whoever knew the old password is out.
 */
@ApplicationScoped
public class PasswordChange {

    static final String CURRENT_REQUIRED = "Cần nhập mật khẩu hiện tại.";
    static final String CURRENT_WRONG = "Mật khẩu hiện tại không đúng.";

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final PasswordHasher hasher;
    private final Pool pool;
    private final Clock clock;

    private final AuditLog audit;

    public PasswordChange(AccountStore accounts, SessionStore sessions, PasswordHasher hasher, Pool pool,
            Clock clock, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * @param currentPassword required when the account has a password
     */
    public Uni<Void> change(CallerSession caller, String currentPassword, String newPassword) {
        String problem = PasswordPolicy.problem(newPassword).orElse(null);
        if (problem != null) {
            return Uni.createFrom().failure(invalid("newPassword", problem));
        }
        return accounts.byId(pool, caller.accountId())
                .onItem().ifNull().failWith(() -> new ApiException(ErrorCode.UNAUTHENTICATED))
                .call(account -> checkCurrent(account, currentPassword))
                .chain(account -> hasher.hash(newPassword).chain(hash -> replace(caller, account, hash)));
    }

    private Uni<Void> checkCurrent(Account account, String currentPassword) {
        if (account.passwordHash() == null) {
            return Uni.createFrom().voidItem();
        }
        if (currentPassword == null || currentPassword.isEmpty()) {
            return Uni.createFrom().failure(invalid("currentPassword", CURRENT_REQUIRED));
        }
        return hasher.matches(currentPassword, account.passwordHash()).chain(matches -> matches
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(invalid("currentPassword", CURRENT_WRONG)));
    }

    /** Compare-and-set on the hash read above, so that of two concurrent changes the second gets 409. */
    private Uni<Void> replace(CallerSession caller, Account account, String hash) {
        return pool.withTransaction(conn -> accounts.replacePasswordHash(conn, account.id(), account.passwordHash(),
                        hash)
                .call(replaced -> replaced
                        ? sessions.revokeAll(conn, account.id(), caller.sessionId(), RevokeReason.PASSWORD_CHANGED,
                                        clock.instant())
                                .chain(revoked -> audit.record(conn, new AuditEntry(AuditAction.PASSWORD_SET,
                                        AuditOutcome.SUCCESS, account.id().toString(), account.id().toString(),
                                        null, null, null, Map.of("otherSessionsRevoked", revoked))))
                        : Uni.createFrom().voidItem()))
                .chain(replaced -> replaced
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new ApiException(ErrorCode.CONFLICT)));
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message, List.of(Map.of("field", field,
                "message", message)));
    }
}

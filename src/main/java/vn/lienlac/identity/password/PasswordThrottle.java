package vn.lienlac.identity.password;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.lienlac.identity.otp.ClientKeys;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Stops password guessing: after too many failures for one account, or from one client address, within the window,
 * sign-in answers 429 with {@code Retry-After} until the oldest counted failure leaves the window. An account is
 * counted as one whichever login reached it (its phone or its staff code), so the two logins share one allowance;
 * a login that reaches no account is counted by its login string, with the same limit and the same answers, so the
 * lockout tells nobody which logins have accounts. Counted in PostgreSQL, so every pod sees the same numbers. A
 * failure is recorded before the 401 is sent.
 */
@ApplicationScoped
public class PasswordThrottle {

    static final String THROTTLED = "Bạn đã nhập sai mật khẩu quá nhiều lần. Vui lòng chờ rồi thử lại, "
            + "hoặc đăng nhập bằng mã xác thực gửi qua điện thoại.";
    private static final String COUNT = "SELECT count(*) AS failures, min(failed_at) AS oldest FROM password_failure"
            + " WHERE %s = $1 AND failed_at > $2";

    private final Pool pool;
    private final Clock clock;
    private final PasswordConfig config;

    public PasswordThrottle(Pool pool, Clock clock, PasswordConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.config = config;
    }

    /** Fails with 429 when the client address has used up its failures. */
    public Uni<Void> checkClient(String clientIp) {
        return limit("client_key", ClientKeys.of(clientIp), config.maxFailuresPerClient(), clock.instant());
    }

    /**
     * Fails with 429 when the account has used up its failures, or, with no account ({@code accountId} null), the
     * login string has: the same query shape and the same answer either way.
     */
    public Uni<Void> checkAccount(UUID accountId, String loginKey) {
        Instant now = clock.instant();
        return accountId != null ? limit("account_id", accountId, config.maxFailuresPerLogin(), now)
                : limit("login_key", loginKey, config.maxFailuresPerLogin(), now);
    }

    /** @param accountId the account the login reached, or null when it reached none */
    public Uni<Void> recordFailure(UUID accountId, String loginKey, String clientIp) {
        return pool.preparedQuery("INSERT INTO password_failure (account_id, login_key, client_key, failed_at)"
                        + " VALUES ($1, $2, $3, $4)")
                .execute(Tuple.of(accountId, loginKey, ClientKeys.of(clientIp), SqlTimes.of(clock.instant())))
                .replaceWithVoid();
    }

    private Uni<Void> limit(String column, Object key, int max, Instant now) {
        Instant since = now.minus(config.failureWindow());
        return pool.preparedQuery(COUNT.formatted(column)).execute(Tuple.of(key, SqlTimes.of(since))).map(rows -> {
            Row row = rows.iterator().next();
            if (row.getLong("failures") < max) {
                return null;
            }
            Instant frees = SqlTimes.instant(row, "oldest").plus(config.failureWindow());
            throw ApiException.tooManyRequests(THROTTLED, Math.max(1, frees.getEpochSecond() - now.getEpochSecond()));
        }).replaceWithVoid();
    }
}

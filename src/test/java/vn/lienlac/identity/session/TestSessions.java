package vn.lienlac.identity.session;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.directory.Person;
import vn.lienlac.identity.token.TokenIssuer;
import vn.lienlac.identity.token.TokenSubject;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Access tokens that pass the per-request session check, for tests. Every access token must belong to a live
 * session (see {@link SessionCheckAugmentor}): a token issued with a made-up {@code sid} gets 401. Blocking on
 * purpose: call it from test methods.
 */
@ApplicationScoped
public class TestSessions {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    public static final DeviceInfo DEVICE = new DeviceInfo("Máy thử nghiệm", "JUnit", "127.0.0.1");

    private final SignInService signIn;
    private final SessionStore sessions;
    private final TokenIssuer issuer;
    private final Pool pool;
    private final Clock clock;

    public TestSessions(SignInService signIn, SessionStore sessions, TokenIssuer issuer, Pool pool, Clock clock) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.issuer = issuer;
        this.pool = pool;
        this.clock = clock;
    }

    /** Signs in a person of the directory, as a successful one-time code or password would. */
    public TokenPair signIn(Person person) {
        return signIn.complete(person, DEVICE).await().atMost(TIMEOUT);
    }

    /** An access token with these roles, in a new live session of a new account that is not in the directory. */
    public String accessToken(Set<String> roles) {
        return open(null, null, roles).accessToken();
    }

    /**
     * A new account that is not in the directory, with a live session and an access token carrying these claims
     * ({@code sub} is the new account's id).
     */
    public TestToken open(String phone, String staffCode, Set<String> roles) {
        return open(phone, staffCode, roles, null);
    }

    /** As {@link #open(String, String, Set)}, with an access token that expires {@code ttl} from now (null: as usual). */
    public TestToken open(String phone, String staffCode, Set<String> roles, Duration ttl) {
        UUID accountId = UUID.randomUUID();
        Instant now = clock.instant();
        pool.preparedQuery("INSERT INTO account (id, staff_code, created_at) VALUES ($1, $2, $3)")
                .execute(Tuple.of(accountId, "TEST-" + accountId, SqlTimes.of(now)))
                .await().atMost(TIMEOUT);
        UUID sessionId = sessions.open(pool, accountId, DEVICE, now, now.plus(Duration.ofHours(1)))
                .await().atMost(TIMEOUT);
        TokenSubject subject = new TokenSubject(accountId.toString(), phone, staffCode, roles);
        String token = (ttl == null ? issuer.issue(subject, sessionId) : issuer.issue(subject, sessionId, ttl)).token();
        return new TestToken(accountId, sessionId, token);
    }

    /** An access token and the account and session it belongs to. */
    public record TestToken(UUID accountId, UUID sessionId, String accessToken) {
    }
}

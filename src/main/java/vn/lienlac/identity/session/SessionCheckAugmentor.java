package vn.lienlac.identity.session;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * Makes revocation immediate: an identity from one of our access tokens is accepted only while its session
 * ({@code sid}) is live, checked with one primary-key read per authenticated request. A revoked session's access
 * tokens therefore stop working at once, not when they expire. Identities without a session of ours (the
 * break-glass admin token, SSO tokens) pass unchanged.
 */
@ApplicationScoped
public class SessionCheckAugmentor implements SecurityIdentityAugmentor {

    private final SessionClaims claims;
    private final SessionStore sessions;
    private final Pool pool;
    private final Clock clock;

    public SessionCheckAugmentor(SessionClaims claims, SessionStore sessions, Pool pool, Clock clock) {
        this.claims = claims;
        this.sessions = sessions;
        this.pool = pool;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!claims.isOurs(identity)) {
            return Uni.createFrom().item(identity);
        }
        Optional<CallerSession> caller = claims.of(identity);
        if (caller.isEmpty()) {
            // every token we issue names its session and account
            return Uni.createFrom().failure(new AuthenticationFailedException("access token without a session"));
        }
        return sessions.liveAccount(pool, caller.get().sessionId(), clock.instant())
                .map(accountId -> {
                    if (!caller.get().accountId().equals(accountId)) {
                        throw new AuthenticationFailedException("session revoked, expired or unknown");
                    }
                    return identity;
                });
    }
}

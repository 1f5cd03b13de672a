package vn.lienlac.identity.session;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.identity.SessionChecks;

/** {@link SessionChecks} answered from the token's claims and the {@code auth_session} table. */
@ApplicationScoped
public class StoredSessionChecks implements SessionChecks {

    private final SessionClaims claims;
    private final SessionStore store;
    private final Pool pool;

    public StoredSessionChecks(SessionClaims claims, SessionStore store, Pool pool) {
        this.claims = claims;
        this.store = store;
        this.pool = pool;
    }

    @Override
    public UUID sessionOf(SecurityIdentity identity) {
        return claims.of(identity).map(CallerSession::sessionId).orElse(null);
    }

    @Override
    public Uni<Set<UUID>> stillLive(UUID[] ids, Instant now) {
        return store.stillLive(pool, ids, now);
    }
}

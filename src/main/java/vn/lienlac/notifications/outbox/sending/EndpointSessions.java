package vn.lienlac.notifications.outbox.sending;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.lienlac.identity.session.SessionStore;

/**
 * Whether the sign-in sessions that registered the claimed rows' push endpoints are still live, one query per claim:
 * a device whose person signed out there, was signed out from another device, or whose session expired must not be
 * woken with their notices (the web app also unsubscribes when it signs out; this covers the device that is off).
 */
@ApplicationScoped
public class EndpointSessions {

    private final Pool pool;
    private final SessionStore store;
    private final Clock clock;

    public EndpointSessions(Pool pool, SessionStore store, Clock clock) {
        this.pool = pool;
        this.store = store;
        this.clock = clock;
    }

    /** The claims, those whose endpoint's session has ended marked so. */
    Uni<List<Claim>> mark(List<Claim> claims) {
        UUID[] ids = claims.stream().map(Claim::sessionId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        if (ids.length == 0) {
            return Uni.createFrom().item(claims);
        }
        return store.stillLive(pool, ids, clock.instant()).map(live -> claims.stream()
                .map(claim -> claim.sessionId() == null || live.contains(claim.sessionId()) ? claim
                        : claim.withSessionEnded())
                .toList());
    }
}

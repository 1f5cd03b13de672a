package vn.lienlac.identity.otp;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Keeps the code tables small without a scheduler: every {@value #EVERY}th code request on a pod deletes the rows
 * older than a day (far beyond any code lifetime and the one-hour windows), in the background.
 */
@ApplicationScoped
class OtpHousekeeping {

    static final Duration RETENTION = Duration.ofDays(1);
    static final int EVERY = 200;
    private static final Logger LOG = Logger.getLogger(OtpHousekeeping.class);
    private final AtomicLong requests = new AtomicLong();
    private final Pool pool;
    private final OtpStore store;

    OtpHousekeeping(Pool pool, OtpStore store) {
        this.pool = pool;
        this.store = store;
    }

    /** Counts a code request; now and then starts a clean-up without waiting for it. */
    void afterRequest(Instant now) {
        if (requests.incrementAndGet() % EVERY == 0) {
            deleteExpired(now).subscribe().with(
                    deleted -> LOG.debugf("Deleted %d old one-time code rows", deleted),
                    failure -> LOG.warnf("Could not delete old one-time code rows: %s", failure.toString()));
        }
    }

    /** Deletes the rows older than {@link #RETENTION} before {@code now}; returns how many went. */
    Uni<Integer> deleteExpired(Instant now) {
        return store.deleteOlderThan(pool, now.minus(RETENTION));
    }
}

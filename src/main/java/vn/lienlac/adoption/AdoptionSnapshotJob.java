package vn.lienlac.adoption;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Snapshots every school's figures once a day, late in the evening where the schools are
 * ({@code lienlac.adoption.snapshot-cron}, default 23:50 Asia/Ho_Chi_Minh; {@code off} disables it). Every pod runs
 * it; the upsert in {@link AdoptionHistory#snapshot} makes that harmless. The work is that plain method, which tests
 * call with the instants they choose.
 */
@ApplicationScoped
class AdoptionSnapshotJob {

    private static final Logger LOG = Logger.getLogger(AdoptionSnapshotJob.class);
    private final AdoptionHistory history;
    private final Clock clock;

    AdoptionSnapshotJob(AdoptionHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @Scheduled(identity = "adoption-daily-snapshot", cron = "${lienlac.adoption.snapshot-cron:0 50 23 * * ?}",
            timeZone = "${lienlac.time.zone:Asia/Ho_Chi_Minh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return history.snapshot(clock.instant())
                .invoke(schools -> LOG.infof("Recorded the adoption figures of %d schools", schools))
                .onFailure().invoke(failure -> LOG.errorf("Could not record the adoption figures: %s", failure))
                .replaceWithVoid();
    }
}

package vn.lienlac.directives.scheduled;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Sends scheduled directives when due, on every pod (LIENLAC_SCHEDULE_DIRECTIVES_EVERY, default every 15 seconds;
 * {@code off} disables it): rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so no pod needs to be elected.
 */
@ApplicationScoped
public class ScheduledDirectiveJob {

    private static final Logger LOG = Logger.getLogger(ScheduledDirectiveJob.class);

    private final ScheduledDirectives scheduled;
    private final Clock clock;

    public ScheduledDirectiveJob(ScheduledDirectives scheduled, Clock clock) {
        this.scheduled = scheduled;
        this.clock = clock;
    }

    @Scheduled(identity = "directive-scheduled", every = "${lienlac.schedule.directives.every:15s}",
            delayed = "${lienlac.schedule.directives.delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return scheduled.sendDue(clock.instant())
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("Sent %d scheduled directives", count);
                    }
                })
                .onFailure().invoke(e -> LOG.error("Scheduled directives failed", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}

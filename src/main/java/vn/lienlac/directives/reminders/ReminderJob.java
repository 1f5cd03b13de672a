package vn.lienlac.directives.reminders;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Runs the automatic reminders on every pod (LIENLAC_DIRECTIVES_REMINDERS_EVERY, default every 5 minutes; {@code off}
 * disables it): the unique key of each reminder makes the pods' runs idempotent, so no pod needs to be elected.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final Clock clock;

    public ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(identity = "directive-reminders", every = "${lienlac.directives.reminders.every:5m}",
            delayed = "${lienlac.directives.reminders.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return reminders.remindDue(clock.instant())
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("Sent %d automatic directive reminders", count);
                    }
                })
                .onFailure().invoke(e -> LOG.error("Automatic directive reminders failed", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}

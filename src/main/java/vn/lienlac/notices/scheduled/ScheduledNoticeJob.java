package vn.lienlac.notices.scheduled;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Publishes scheduled notice batches when due, on every pod (LIENLAC_SCHEDULE_NOTICES_EVERY, default every 15
 * seconds; {@code off} disables it): batches are claimed with {@code FOR UPDATE SKIP LOCKED}, so no pod is elected.
 */
@ApplicationScoped
public class ScheduledNoticeJob {

    private static final Logger LOG = Logger.getLogger(ScheduledNoticeJob.class);

    private final ScheduledNotices scheduled;
    private final Clock clock;

    public ScheduledNoticeJob(ScheduledNotices scheduled, Clock clock) {
        this.scheduled = scheduled;
        this.clock = clock;
    }

    @Scheduled(identity = "notice-scheduled", every = "${lienlac.schedule.notices.every:15s}",
            delayed = "${lienlac.schedule.notices.delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return scheduled.sendDue(clock.instant())
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("Published %d scheduled notice batches", count);
                    }
                })
                .onFailure().invoke(e -> LOG.error("Scheduled notice batches failed", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}

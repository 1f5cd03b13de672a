package vn.lienlac.chat.scheduled;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Sends scheduled chat messages when due, on every pod (LIENLAC_SCHEDULE_CHAT_EVERY, default every 15 seconds;
 * {@code off} disables it): rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so no pod needs to be elected.
 */
@ApplicationScoped
public class ScheduledMessageJob {

    private static final Logger LOG = Logger.getLogger(ScheduledMessageJob.class);

    private final ScheduledMessages scheduled;
    private final Clock clock;

    public ScheduledMessageJob(ScheduledMessages scheduled, Clock clock) {
        this.scheduled = scheduled;
        this.clock = clock;
    }

    @Scheduled(identity = "chat-scheduled", every = "${lienlac.schedule.chat.every:15s}",
            delayed = "${lienlac.schedule.chat.delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return scheduled.sendDue(clock.instant())
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("Sent %d scheduled chat messages", count);
                    }
                })
                .onFailure().invoke(e -> LOG.error("Scheduled chat messages failed", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}

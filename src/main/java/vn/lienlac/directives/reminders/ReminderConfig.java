package vn.lienlac.directives.reminders;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Automatic reminders before deadlines (docs/directives.md). */
@ConfigMapping(prefix = "lienlac.directives.reminders")
public interface ReminderConfig {

    /** How often the job runs on each pod (a duration such as {@code 5m}); {@code off} disables it. */
    @WithDefault("5m")
    String every();

    /** How long after start-up the job first runs. */
    @WithDefault("1m")
    String delay();

    /** How long before an acknowledgement deadline the recipients who have not acknowledged are reminded. */
    @WithDefault("PT24H")
    Duration ackLead();

    /** How long before a report deadline the principals of schools that have not reported are reminded. */
    @WithDefault("PT24H")
    Duration reportLead();
}

package vn.lienlac.directives.reminders;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Automatic reminders before deadlines (docs/directives.md). */
@ConfigMapping(prefix = "lienlac.directives.reminders")
public interface ReminderConfig {

    /** How long before an acknowledgement deadline the recipients who have not acknowledged are reminded. */
    @WithDefault("PT24H")
    Duration ackLead();

    /** How long before a report deadline the principals of schools that have not reported are reminded. */
    @WithDefault("PT24H")
    Duration reportLead();
}

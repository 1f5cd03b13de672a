package vn.lienlac.chat.presence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Chat presence as notifications sees it (docs/notifications.md, "Producers and read marks"). */
@ConfigMapping(prefix = "lienlac.notifications.producers")
public interface PresenceConfig {

    /** How often a pod writes the connects and disconnects since its last write (one statement for all of them). */
    @WithDefault("500ms")
    Duration presenceFlushEvery();

    /** How often a pod writes its heartbeat. */
    @WithDefault("5s")
    Duration presenceHeartbeatEvery();

    /** A pod whose heartbeat is older than this no longer counts (a killed pod's people count as not connected). */
    @WithDefault("15s")
    Duration presenceStaleAfter();
}

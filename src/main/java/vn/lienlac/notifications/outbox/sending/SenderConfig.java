package vn.lienlac.notifications.outbox.sending;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The outbox sender on each pod (docs/notifications.md, "The outbox"). */
@ConfigMapping(prefix = "lienlac.notifications.outbox")
public interface SenderConfig {

    /** Whether this pod sends at all (every pod does by default; off only for a pod that must not). */
    @WithDefault("true")
    boolean enabled();

    /** How often the pod looks for due rows besides being woken when rows are enqueued on it. */
    @WithDefault("1s")
    Duration every();

    /** Rows claimed by one statement, at most. */
    @WithDefault("200")
    int batch();

    /**
     * How long a claimed row belongs to this pod: a pod killed mid-send leaves it to be taken again after this. Keep
     * it well above every channel's HTTP timeout.
     */
    @WithDefault("2m")
    Duration lease();

    /** Sends in flight on this pod, all channels together. */
    @WithDefault("128")
    int concurrency();

    /** Sends in flight on this pod per channel. */
    @WithDefault("64")
    int channelConcurrency();

    /** First retry's back-off bound (full jitter: a random delay between 0 and base × 2^(attempt−1), capped). */
    @WithDefault("15s")
    Duration backoffBase();

    /** Longest back-off between two tries. */
    @WithDefault("30m")
    Duration backoffCap();

    /** Tries before a row is given up as FAILED (its expires_at may end it earlier, as EXPIRED). */
    @WithDefault("12")
    int maxAttempts();

    /** This pod's name in {@code outbox.claimed_by}; the host name by default (a Kubernetes pod's name). */
    Optional<String> podName();
}

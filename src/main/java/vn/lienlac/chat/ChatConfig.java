package vn.lienlac.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Chat limits and timings (docs/protocol.md lists what clients see of them). */
@ConfigMapping(prefix = "lienlac.chat")
public interface ChatConfig {

    /** Longest message text, in characters (after NFC normalisation). */
    @WithDefault("4000")
    int maxTextChars();

    /** Sends per second allowed on one connection (token bucket rate). */
    @WithDefault("10")
    int sendsPerSecond();

    /** Sends allowed in a burst on one connection (token bucket size). */
    @WithDefault("20")
    int sendBurst();

    /** Sends per second allowed to one person across all their connections on a pod. */
    @WithDefault("20")
    int personSendsPerSecond();

    /**
     * Chat connections one person may hold open on a pod at once (a few devices' worth); one more is refused with
     * 4010. Counted per pod: behind N pods a person could hold N times as many.
     */
    @WithDefault("5")
    int maxConnectionsPerPerson();

    /** Events replayed per conversation on sync before a gap is reported. */
    @WithDefault("100")
    int replayLimit();

    /** Frames queued for a connection that does not read before it is closed with 4008. */
    @WithDefault("256")
    int outboundQueueFrames();

    /** How long queued frames may stay unwritten (the client reads nothing) before the connection gets 4008. */
    @WithDefault("20s")
    Duration slowConsumerTimeout();

    /** How often open connections re-check that their sign-in session is live (closed with 1008 when not). */
    @WithDefault("30s")
    Duration sessionCheckEvery();

    /** How long a connection may stay silent (no frame, no pong) before it is closed with 4009. */
    @WithDefault("60s")
    Duration idleTimeout();

    /** How long after sending a message its sender may edit it. */
    @WithDefault("15m")
    Duration editWindow();

    /** How long after sending a message its sender may recall it. */
    @WithDefault("60m")
    Duration recallWindow();

    /** Messages stored together in one transaction at most (group commit). */
    @WithDefault("256")
    int maxBatch();

    /**
     * Group-commit transactions in flight at once. One keeps each sender's messages in the order sent (two batches
     * in flight could commit in either order); each batch grows with the load instead.
     */
    @WithDefault("1")
    int writersInFlight();

    /**
     * Origins (scheme://host[:port]) browsers may connect from; requests without an Origin header (native apps)
     * are always allowed. Empty: only same-host origins.
     */
    Optional<List<String>> allowedOrigins();

    /** How this pod lets its connections go when it stops (docs/operations.md, "Rolling restarts"). */
    Drain drain();

    /** The drain on SIGTERM: readiness DOWN, upgrades refused with 503, connections closed with 1012. */
    interface Drain {

        /**
         * The connections are closed one by one, spread evenly over this window, so that their clients do not all
         * reconnect to the other pods in the same second. Keep preStop + window + quarkus.shutdown.delay +
         * quarkus.shutdown.timeout within the pod's terminationGracePeriodSeconds.
         */
        @WithDefault("20s")
        Duration window();
    }
}

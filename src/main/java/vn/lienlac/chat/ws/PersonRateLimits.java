package vn.lienlac.chat.ws;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienlac.chat.ChatConfig;

/**
 * Send limits per person across all their connections on this pod (each pod counts for itself: with N pods a
 * person could send N times the rate, which is still bounded). Idle buckets are dropped as connections close.
 */
@Singleton
class PersonRateLimits {

    private final ConcurrentHashMap<String, RateLimiter> limits = new ConcurrentHashMap<>();
    private final ChatConfig config;
    private final Clock clock;

    PersonRateLimits(ChatConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** @param person a stable key for the person (their first participant) */
    RateLimiter of(String person) {
        return limits.computeIfAbsent(person, key -> new RateLimiter(config.personSendsPerSecond(), burst(config),
                clock.millis()));
    }

    /** A person's burst: two seconds' worth of their rate. */
    static int burst(ChatConfig config) {
        return config.personSendsPerSecond() * 2;
    }

    /** Forgets a person's bucket when their last connection on this pod closed. */
    void release(String person, boolean lastConnection) {
        if (lastConnection) {
            limits.remove(person);
        }
    }
}

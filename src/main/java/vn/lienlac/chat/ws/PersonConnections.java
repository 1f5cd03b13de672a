package vn.lienlac.chat.ws;

import jakarta.inject.Singleton;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienlac.chat.ChatConfig;

/**
 * How many chat connections each person holds open on this pod, capped at
 * {@link ChatConfig#maxConnectionsPerPerson()}: the newest connection over the cap is refused (4010), so that the
 * devices already connected keep their connections and two devices never push each other out in a loop. One map
 * entry per connected person, none per connection; it is dropped with the person's last connection.
 */
@Singleton
class PersonConnections {

    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();
    private final int max;

    PersonConnections(ChatConfig config) {
        this.max = config.maxConnectionsPerPerson();
    }

    /**
     * Counts one more connection for the person, unless they hold the maximum already.
     *
     * @param person a stable key for the person (their first participant, as {@link PersonRateLimits})
     * @return false when the connection is one too many (nothing was counted)
     */
    boolean acquire(String person) {
        boolean[] admitted = {false};
        open.compute(person, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= max) {
                return count;
            }
            admitted[0] = true;
            return now + 1;
        });
        return admitted[0];
    }

    /** A connection counted by {@link #acquire} closed. */
    void release(String person) {
        open.computeIfPresent(person, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** Connections the person holds on this pod (for tests and metrics). */
    int held(String person) {
        return open.getOrDefault(person, 0);
    }
}

package vn.lienlac.notifications.outbox.sending;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * When a row that asked to be retried is due again: after the longer of the provider's Retry-After and an exponential
 * back-off with full jitter (a uniformly random delay between 0 and min(cap, base × 2^(attempt−1))), so that a burst
 * of 429s from one provider does not come back as one burst.
 */
final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final LongUnaryOperator random;

    Backoff(Duration base, Duration cap) {
        this(base, cap, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
    }

    /** {@code random} answers a number between 0 and its argument, inclusive. */
    Backoff(Duration base, Duration cap, LongUnaryOperator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The upper bound of the back-off after the given attempt (1 = the first try failed). */
    Duration bound(int attempt) {
        long ceiling = cap.toMillis();
        long millis = base.toMillis();
        for (int i = 1; i < attempt && millis < ceiling; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, ceiling));
    }

    Duration delay(int attempt, Duration retryAfter) {
        Duration jittered = Duration.ofMillis(random.applyAsLong(bound(attempt).toMillis()));
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }
}

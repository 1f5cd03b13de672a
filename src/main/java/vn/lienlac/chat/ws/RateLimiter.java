package vn.lienlac.chat.ws;

/** A token bucket: {@code rate} sends per second, up to {@code burst} at once. Thread-safe. */
final class RateLimiter {

    private final double ratePerMilli;
    private final double burst;
    private double tokens;
    private long updatedAt;

    RateLimiter(int ratePerSecond, int burst, long nowMillis) {
        this.ratePerMilli = ratePerSecond / 1000.0;
        this.burst = burst;
        this.tokens = burst;
        this.updatedAt = nowMillis;
    }

    /** Takes a token: 0 when allowed, else how many milliseconds until one is available. */
    synchronized long take(long nowMillis) {
        tokens = Math.min(burst, tokens + (nowMillis - updatedAt) * ratePerMilli);
        updatedAt = nowMillis;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / ratePerMilli);
    }

    /** Gives back a token taken by a send that was refused by the other limit. */
    synchronized void refund() {
        tokens = Math.min(burst, tokens + 1);
    }
}

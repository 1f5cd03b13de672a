import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One client's time without a connection (DrainBenchmark): from the loss of a welcomed connection (its close code) to
 * the next {@code welcome}, with every connection attempt in between: the back-off wait before it, how long the
 * handshake took, what came back (101, an HTTP status, a connect error, a close before {@code welcome}) and which pod
 * answered (the {@code X-Lienlac-Backend} header HAProxy adds, or HAProxy's own log line for the attempt).
 */
final class Episode {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    /** One connection attempt; {@code outcome} and {@code backend} are filled in when its answer comes. */
    static final class Attempt {
        final String id;
        final long waitedMillis;
        final long ceilingMillis;
        final long startNanos;
        long endNanos;
        String outcome = "no answer yet";
        /** From the refusal's X-Lienlac-Backend header, "(haproxy)" without one; null after a 101 (see HAProxy's line). */
        String backend;

        Attempt(String id, long waitedMillis, long ceilingMillis) {
            this.id = id;
            this.waitedMillis = waitedMillis;
            this.ceilingMillis = ceilingMillis;
            this.startNanos = System.nanoTime();
        }
    }

    final String client;
    final String cause;
    final long startNanos = System.nanoTime();
    final long startWallMillis = System.currentTimeMillis();
    final List<Attempt> attempts = new CopyOnWriteArrayList<>(); // read by the report while clients may still add
    long endNanos;

    Episode(String client, String cause) {
        this.client = client;
        this.cause = cause;
    }

    boolean ended() {
        return endNanos != 0;
    }

    /** Seconds without a connection: to the welcome, or to {@code nowNanos} if the client is still offline. */
    double seconds(long nowNanos) {
        return ((ended() ? endNanos : nowNanos) - startNanos) / 1e9;
    }

    /** The episode and its attempts, one per line; {@code haproxy} maps an attempt id to HAProxy's line for it. */
    String describe(long nowNanos, Map<String, String> haproxy) {
        StringBuilder out = new StringBuilder(String.format("%s offline %.2f s from %s (%s), %d attempts%s%n",
                client, seconds(nowNanos), CLOCK.format(Instant.ofEpochMilli(startWallMillis)), cause, attempts.size(),
                ended() ? "" : ", still offline at the end"));
        for (Attempt a : attempts) {
            out.append(String.format("    +%6.2f s  attempt %-8s after waiting %5d ms (ceiling %5d ms): %s in %d ms%s%s%n",
                    (a.startNanos - startNanos) / 1e9, a.id, a.waitedMillis, a.ceilingMillis, a.outcome,
                    ((a.endNanos == 0 ? nowNanos : a.endNanos) - a.startNanos) / 1_000_000,
                    a.backend == null ? "" : ", pod " + a.backend,
                    haproxy.containsKey(a.id) ? "  [haproxy: " + haproxy.get(a.id) + "]" : ""));
        }
        return out.toString();
    }

    /** p-th percentile (0–100) of sorted values, nearest rank. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

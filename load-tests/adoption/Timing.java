import java.time.Duration;
import java.util.List;

/** The samples of one request kind, their median and maximum, and the verdict against a target (if any). */
record Timing(String name, List<Duration> samples, Duration target) {

    Duration p50() {
        List<Duration> sorted = samples.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    Duration max() {
        return samples.stream().max(Duration::compareTo).orElseThrow();
    }

    /** The median beats the target; no target: always. */
    boolean passes() {
        return target == null || p50().compareTo(target) < 0;
    }

    String describe() {
        return String.format("%-34s %6d %9s %9s %9s  %s", name, samples.size(), millis(p50()), millis(max()),
                target == null ? "-" : "< " + millis(target), target == null ? "" : passes() ? "PASS" : "FAIL");
    }

    private static String millis(Duration d) {
        return String.format("%.1f ms", d.toNanos() / 1e6);
    }
}

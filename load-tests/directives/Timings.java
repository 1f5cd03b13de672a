import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one request kind, in milliseconds; percentiles by nearest rank. */
final class Timings {

    private final String name;
    private final List<Double> millis = new ArrayList<>();

    Timings(String name) {
        this.name = name;
    }

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    String describe() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("%-44s n=%-4d p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms", name, sorted.size(),
                rank(sorted, 0.50), rank(sorted, 0.95), sorted.get(sorted.size() - 1));
    }

    private static double rank(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}

package vn.lienlac.bench.chat.run;

import io.vertx.core.json.JsonObject;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/** The results of a scenario's driver processes added up: counters summed, histograms merged. */
final class Figures {

    private final Map<String, Long> counters = new TreeMap<>();
    private final Map<String, Map<String, Long>> tallies = new TreeMap<>();
    private final Map<String, Histogram> histograms = new TreeMap<>();
    private double windowSeconds;

    static Figures of(List<JsonObject> results) {
        Figures figures = new Figures();
        results.forEach(figures::add);
        return figures;
    }

    private void add(JsonObject result) {
        for (String key : result.fieldNames()) {
            Object value = result.getValue(key);
            if (key.equals("windowSeconds")) {
                windowSeconds = Math.max(windowSeconds, ((Number) value).doubleValue());
            } else if (value instanceof Number n) {
                counters.merge(key, n.longValue(), Long::sum);
            } else if (value instanceof String s && isHistogram(key)) {
                histograms.computeIfAbsent(key, k -> new Histogram(3)).add(decode(s));
            } else if (value instanceof JsonObject nested && key.equals("storm")) {
                add(nested);
            } else if (value instanceof JsonObject nested) {
                Map<String, Long> tally = tallies.computeIfAbsent(key, k -> new TreeMap<>());
                nested.forEach(e -> tally.merge(e.getKey(), ((Number) e.getValue()).longValue(), Long::sum));
            }
        }
    }

    long count(String key) {
        return counters.getOrDefault(key, 0L);
    }

    /** Per second of the measurement window. */
    double rate(String key) {
        return windowSeconds <= 0 ? 0 : count(key) / windowSeconds;
    }

    double windowSeconds() {
        return windowSeconds;
    }

    Map<String, Long> tally(String key) {
        return tallies.getOrDefault(key, Map.of());
    }

    /** A percentile in milliseconds, or NaN when nothing was recorded. */
    double millis(String histogram, double percentile) {
        Histogram h = histograms.get(histogram);
        if (h == null || h.getTotalCount() == 0) {
            return Double.NaN;
        }
        return (percentile >= 100 ? h.getMaxValue() : h.getValueAtPercentile(percentile)) / 1000.0;
    }

    private static boolean isHistogram(String key) {
        return key.endsWith("atency");
    }

    static Histogram decode(String base64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a driver process sent an unreadable histogram", e);
        }
    }
}

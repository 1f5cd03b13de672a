package vn.lienlac.bench.chat.worker;

import io.vertx.core.json.JsonObject;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The counters and latency histograms of one driver process. Rates count what happened inside the measurement
 * window; totals count the whole run. Latencies are in microseconds.
 */
final class Stats {

    final LongAdder sent = new LongAdder();
    final LongAdder sentInWindow = new LongAdder();
    final LongAdder acked = new LongAdder();
    final LongAdder ackedInWindow = new LongAdder();
    final LongAdder duplicateAcks = new LongAdder();
    final LongAdder deliveries = new LongAdder();
    final LongAdder deliveriesInWindow = new LongAdder();
    final LongAdder resends = new LongAdder();
    final LongAdder skippedBacklog = new LongAdder();
    final LongAdder seqMismatch = new LongAdder();
    final LongAdder duplicateEvents = new LongAdder();
    final LongAdder skippedSeqs = new LongAdder();
    final LongAdder announcedGaps = new LongAdder();
    final LongAdder replayedEvents = new LongAdder();
    final LongAdder otherFrames = new LongAdder();
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    final Map<String, LongAdder> closes = new ConcurrentHashMap<>();
    final Map<String, LongAdder> connectFailures = new ConcurrentHashMap<>();
    final Histogram latency = new ConcurrentHistogram(3);
    final Histogram ackLatency = new ConcurrentHistogram(3);
    final Histogram connectLatency = new ConcurrentHistogram(3);

    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    void window(long startNanos, long endNanos) {
        windowStart = startNanos;
        windowEnd = endNanos;
    }

    boolean inWindow(long nanos) {
        return nanos >= windowStart && nanos < windowEnd;
    }

    /** Counts a message the server reported under two seqs (ack and event), and logs the first few frames. */
    void seqMismatch(Sent sent, String frame) {
        seqMismatch.increment();
        if (seqMismatch.sum() <= 5) {
            System.err.println("seq mismatch: " + sent.clientId + " had seq " + sent.seq() + ", now " + frame);
        }
    }

    static void count(Map<String, LongAdder> counters, String key) {
        counters.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    static long micros(long nanos) {
        return Math.max(1, nanos / 1_000);
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("sent", sent.sum()).put("sentInWindow", sentInWindow.sum())
                .put("acked", acked.sum()).put("ackedInWindow", ackedInWindow.sum())
                .put("duplicateAcks", duplicateAcks.sum())
                .put("deliveries", deliveries.sum()).put("deliveriesInWindow", deliveriesInWindow.sum())
                .put("resends", resends.sum()).put("skippedBacklog", skippedBacklog.sum())
                .put("seqMismatches", seqMismatch.sum()).put("duplicateEvents", duplicateEvents.sum())
                .put("skippedSeqs", skippedSeqs.sum()).put("announcedGaps", announcedGaps.sum())
                .put("replayedEvents", replayedEvents.sum()).put("otherFrames", otherFrames.sum())
                .put("windowSeconds", windowEnd == Long.MAX_VALUE ? 0.0 : (windowEnd - windowStart) / 1e9)
                .put("latency", encode(latency)).put("ackLatency", encode(ackLatency))
                .put("connectLatency", encode(connectLatency));
        json.put("errors", counts(errors)).put("closes", counts(closes)).put("connectFailures", counts(connectFailures));
        return json;
    }

    private static JsonObject counts(Map<String, LongAdder> counters) {
        JsonObject json = new JsonObject();
        counters.forEach((k, v) -> json.put(k, v.sum()));
        return json;
    }

    static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }
}

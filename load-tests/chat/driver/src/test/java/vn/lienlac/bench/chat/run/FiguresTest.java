package vn.lienlac.bench.chat.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void addsTheDriverProcessesResultsUp() {
        Figures f = Figures.of(List.of(result(100, 10_000, 2_000), result(50, 90_000, 1)));

        assertEquals(150, f.count("sent"));
        assertEquals(15.0, f.rate("sent"), 1e-9);
        assertEquals(2, f.tally("errors").get("RATE_LIMITED"));
        assertEquals(90.0, f.millis("latency", 100), 0.1);
        assertEquals(10.0, f.millis("latency", 50), 0.1);
    }

    @Test
    void reportsNoPercentileWhenNothingWasRecorded() {
        assertEquals(Double.NaN, Figures.of(List.of()).millis("latency", 99));
    }

    private static JsonObject result(long sent, long latencyMicros, long count) {
        Histogram h = new Histogram(3);
        h.recordValueWithCount(latencyMicros, count);
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        String encoded = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
        return new JsonObject().put("event", "result").put("sent", sent).put("windowSeconds", 10.0)
                .put("latency", encoded).put("errors", new JsonObject().put("RATE_LIMITED", 1));
    }
}

package vn.lienlac.chat.ws;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.quarkus.websockets.next.CloseReason;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What an operator watches on this pod's chat connections (Prometheus, docs/operations.md): how many are open, how
 * many the server closed, per close code — a rise of 4008 means clients (or the network) cannot keep up — and how long
 * a stored message takes from its {@code send} frame to its {@code ack} (the commit included). Created at start, so
 * the connection gauge reads 0 before the first connection rather than being absent.
 */
@Startup
@Singleton
class ChatMetrics {

    static final String CONNECTIONS = "lienlac.chat.connections";
    static final String CLOSES = "lienlac.chat.closes";
    static final String SEND_ACK = "lienlac.chat.send.ack";

    private final MeterRegistry registry;
    private final Map<Integer, Counter> closes = new ConcurrentHashMap<>();
    private final Timer sendAck;

    ChatMetrics(MeterRegistry registry, ChatSessions sessions) {
        this.registry = registry;
        registry.gauge(CONNECTIONS, List.of(), sessions, ChatSessions::openCount);
        // buckets at the alert's p99 threshold (250 ms, k8s/components/monitoring) and the dashboard's quantiles
        this.sendAck = Timer.builder(SEND_ACK)
                .description("From a send frame's arrival to its ack, for stored messages")
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250))
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    /** A message was stored and acked {@code nanos} after its frame arrived. */
    void acked(long nanos) {
        sendAck.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The server closes a connection with this reason. */
    void closing(CloseReason reason) {
        closes.computeIfAbsent(reason.getCode(), code -> Counter.builder(CLOSES)
                .description("Chat connections closed by the server, by close code")
                .tag("code", String.valueOf(code))
                .register(registry)).increment();
    }
}

package vn.lienlac.chat.ws;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.websockets.next.CloseReason;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an operator watches on this pod's chat connections (Prometheus, docs/operations.md): how many are open and
 * how many the server closed, per close code — a rise of 4008 means clients (or the network) cannot keep up.
 */
@Singleton
class ChatMetrics {

    static final String CONNECTIONS = "lienlac.chat.connections";
    static final String CLOSES = "lienlac.chat.closes";

    private final MeterRegistry registry;
    private final Map<Integer, Counter> closes = new ConcurrentHashMap<>();

    ChatMetrics(MeterRegistry registry, ChatSessions sessions) {
        this.registry = registry;
        registry.gauge(CONNECTIONS, List.of(), sessions, ChatSessions::openCount);
    }

    /** The server closes a connection with this reason. */
    void closing(CloseReason reason) {
        closes.computeIfAbsent(reason.getCode(), code -> Counter.builder(CLOSES)
                .description("Chat connections closed by the server, by close code")
                .tag("code", String.valueOf(code))
                .register(registry)).increment();
    }
}

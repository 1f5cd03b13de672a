package vn.lienlac.bench.chat.worker;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the clients of one driver process share: the Vert.x HTTP client (bound to this process's loopback source
 * address), the messages in flight, the counters, and the phase flags the timeline sets.
 */
final class Fleet {

    static final String SUBPROTOCOL = "lienlac.chat.v1";
    /**
     * A client with this many sends unacknowledged skips further sends, counted, instead of queueing them: a person
     * does not type on while nothing gets through.
     */
    static final int MAX_PENDING = 10;
    /** Stale sends resent per client per second at most, oldest first, to stay under the server's send rate. */
    static final int MAX_RESENDS_PER_SECOND = 2;
    /** The protocol's advice: resend a send that has no ack after 10 s. */
    static final long RESEND_AFTER_NANOS = 10_000_000_000L;

    final Vertx vertx;
    final HttpClient http;
    final Stats stats = new Stats();
    final Map<String, Sent> inFlight = new ConcurrentHashMap<>();
    final String clientIdPrefix;
    final String sendFrameText;
    private final URI url;
    private Map<Long, Integer> members = Map.of();

    volatile boolean sending;
    volatile long sendStartNanos;
    /** Seconds over which the send rate climbs from 0 to the planned rate. */
    volatile double rampSeconds;
    /** Reconnect (with jitter) when the server closes a connection during the run, and resume by cursor. */
    volatile boolean reconnectOnLoss = true;

    Fleet(Vertx vertx, WorkerPlan plan) {
        this.vertx = vertx;
        this.url = URI.create(plan.url());
        this.clientIdPrefix = plan.clientIdPrefix();
        this.sendFrameText = jsonString(plan.text());
        HttpClientOptions options = new HttpClientOptions()
                .setMaxWebSockets(plan.clients().size() + 16)
                .setConnectTimeout(30_000)
                .setTryUsePerMessageWebSocketCompression(false)
                .setMaxWebSocketFrameSize(65_536)
                .setMaxWebSocketMessageSize(262_144)
                .setTcpNoDelay(true);
        if (plan.localAddress() != null) {
            options.setLocalAddress(plan.localAddress());
        }
        this.http = vertx.createHttpClient(options);
    }

    WebSocketConnectOptions connectOptions(String token) {
        return new WebSocketConnectOptions()
                .setHost(url.getHost())
                .setPort(url.getPort())
                .setURI(url.getRawPath())
                .setTimeout(30_000)
                .addSubProtocol(SUBPROTOCOL)
                .addHeader("Authorization", "Bearer " + token);
    }

    /** Counts, per conversation, the clients that connected: the recipients a message there is owed to. */
    void members(List<ChatClient> clients) {
        Map<Long, Integer> count = new HashMap<>();
        for (ChatClient c : clients) {
            if (c.everSynced()) {
                c.conversations().forEach(id -> count.merge(id, 1, Integer::sum));
            }
        }
        members = count;
    }

    /** The other connected members of the conversation, held by this process. */
    int recipients(long conversationId) {
        return Math.max(0, members.getOrDefault(conversationId, 1) - 1);
    }

    static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}

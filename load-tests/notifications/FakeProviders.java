import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Local stand-ins for the providers, lenient about the request (the channels' own tests check it strictly) and
 * counting what the benchmark needs: FCM's OAuth token endpoint and {@code messages:send}, Zalo ZNS's
 * {@code /message/template}, and an SMS brandname gateway. Each guardian has one address (FCM token or phone); the
 * first request to an address is timed, and one address in {@code failEvery} is answered 429 (Retry-After: 1) or 503
 * on its first request, so the outbox retries it.
 */
final class FakeProviders implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PHONE = Pattern.compile("\"(?:phone|to)\"\\s*:\\s*\"\\+?([0-9]+)\"");

    /** Per channel: first-request times, successes and answers by kind. */
    static final class Tally {
        final Map<String, Long> firstAttemptNanos = new ConcurrentHashMap<>();
        final Map<String, Integer> accepted = new ConcurrentHashMap<>();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong firstAcceptNanos = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong lastAcceptNanos = new AtomicLong();
    }

    final Tally push = new Tally();
    final Tally zalo = new Tally();
    final Tally sms = new Tally();
    private final HttpServer server;
    private final int failEvery;
    private final AtomicLong ids = new AtomicLong();

    FakeProviders(int port, int failEvery) throws IOException {
        this.failEvery = failEvery;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/token", ex -> reply(ex, 200, "{\"access_token\":\"bench\",\"expires_in\":3600,"
                + "\"token_type\":\"Bearer\"}", null));
        server.createContext("/v1/projects/", ex -> handle(ex, push, TOKEN,
                n -> "{\"name\":\"projects/bench/messages/" + n + "\"}"));
        server.createContext("/zalo/message/template", ex -> handle(ex, zalo, PHONE,
                n -> "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"z" + n + "\"}}"));
        server.createContext("/sms", ex -> handle(ex, sms, PHONE, n -> "{\"id\":\"s" + n + "\"}"));
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
    }

    private void handle(HttpExchange exchange, Tally tally, Pattern address, java.util.function.LongFunction<String>
            answer) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            long now = System.nanoTime();
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = address.matcher(body);
            if (!m.find()) {
                reply(exchange, 400, "{\"error\":\"no address\"}", null);
                return;
            }
            String to = m.group(1);
            tally.requests.incrementAndGet();
            boolean first = tally.firstAttemptNanos.putIfAbsent(to, now) == null;
            int hash = Math.floorMod(to.hashCode(), failEvery * 2);
            if (first && hash == 0) {
                tally.refused.incrementAndGet();
                reply(exchange, 429, "{\"error\":\"slow down\"}", "1");
                return;
            }
            if (first && hash == 1) {
                tally.refused.incrementAndGet();
                reply(exchange, 503, "{\"error\":\"unavailable\"}", null);
                return;
            }
            tally.accepted.merge(to, 1, Integer::sum);
            tally.firstAcceptNanos.accumulateAndGet(now, Math::min);
            tally.lastAcceptNanos.accumulateAndGet(now, Math::max);
            reply(exchange, 200, answer.apply(ids.incrementAndGet()), null);
        }
    }

    private static void reply(HttpExchange exchange, int status, String body, String retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

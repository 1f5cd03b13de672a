package vn.lienlac.notifications.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider that takes an idempotency key, as the outbox's engine tests need one: {@code POST /messages} with an
 * {@code Idempotency-Key} header or a {@code requestId} field (a UUID, required) and a JSON body with {@code to} and
 * {@code title} or {@code text} (the SMS channel's default gateway body). A key it
 * has accepted before is answered with the first answer's message id and is not a second message, as providers that
 * take such a key do. Answers can be scripted per address: a status (429 with Retry-After, 500, 410, 400) or a hold
 * (the request waits until released).
 */
public final class KeyedProvider implements AutoCloseable {

    /** One scripted answer: a status and, for 429/503, a Retry-After in seconds (or null). */
    public record Answer(int status, Integer retryAfterSeconds) {
    }

    /** One accepted message. */
    public record Accepted(String key, String to, String title, String id) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final List<String> requestKeys = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private volatile CountDownLatch holdAll;

    public KeyedProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/messages", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/messages";
    }

    /** The next requests to this address get these answers, in order; then 200. */
    public void script(String to, Answer... answers) {
        scripts.computeIfAbsent(to, k -> new ConcurrentLinkedDeque<>()).addAll(List.of(answers));
    }

    /** Requests to this address wait until {@link #release}. */
    public void hold(String to) {
        holds.put(to, new CountDownLatch(1));
    }

    public void release(String to) {
        CountDownLatch latch = holds.remove(to);
        if (latch != null) {
            latch.countDown();
        }
    }

    /**
     * Every request waits until {@link #releaseAll}; then it is taken as any other (the provider received it, even
     * if the client that sent it has died meanwhile).
     */
    public void holdAll() {
        holdAll = new CountDownLatch(1);
    }

    public void releaseAll() {
        CountDownLatch latch = holdAll;
        holdAll = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Requests that were held (ever). */
    public int held() {
        return held.get();
    }

    /** Every request's key, in arrival order (a retry repeats its key). */
    public List<String> requestKeys() {
        synchronized (requestKeys) {
            return List.copyOf(requestKeys);
        }
    }

    public Map<String, Accepted> accepted() {
        return Map.copyOf(accepted);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonObject body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (RuntimeException notJson) {
                reply(exchange, 400, new JsonObject().put("error", "body is not JSON"));
                return;
            }
            String header = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String key = header != null ? header : body.getString("requestId");
            String title = body.getString("title", body.getString("text"));
            if (!"POST".equals(exchange.getRequestMethod()) || key == null || !key.matches("[0-9a-f-]{36}")
                    || body.getString("to") == null || title == null) {
                reply(exchange, 400, new JsonObject().put("error", "POST with Idempotency-Key, to and title"));
                return;
            }
            String to = body.getString("to");
            requestKeys.add(key);
            CountDownLatch hold = holds.getOrDefault(to, holdAll);
            if (hold != null) {
                held.incrementAndGet();
                if (!hold.await(5, TimeUnit.MINUTES)) {
                    reply(exchange, 504, new JsonObject());
                    return;
                }
            }
            Deque<Answer> script = scripts.get(to);
            Answer answer = script == null ? null : script.poll();
            if (answer != null) {
                if (answer.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders().add("Retry-After", String.valueOf(answer.retryAfterSeconds()));
                }
                reply(exchange, answer.status(), new JsonObject().put("error", "scripted " + answer.status()));
                return;
            }
            Accepted message = accepted.computeIfAbsent(key,
                    k -> new Accepted(k, to, title, "m-" + ids.incrementAndGet()));
            reply(exchange, 200, new JsonObject().put("id", message.id()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.encode().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        holds.values().forEach(CountDownLatch::countDown);
        releaseAll();
        server.stop(0);
    }
}

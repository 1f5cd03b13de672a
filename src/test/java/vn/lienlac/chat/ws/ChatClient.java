package vn.lienlac.chat.ws;

import org.awaitility.Awaitility;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client for tests: connects with a bearer token and keeps every frame it receives. */
public final class ChatClient implements AutoCloseable {

    private static final Vertx VERTX = Vertx.vertx();
    private static final Duration WAIT = Duration.ofSeconds(30);

    public final List<JsonObject> frames = new CopyOnWriteArrayList<>();
    /** The same frames as received, before parsing. */
    final List<String> texts = new CopyOnWriteArrayList<>();
    volatile Short closeCode;
    private final WebSocketClient client;
    final WebSocket socket;

    private ChatClient(WebSocketClient client, WebSocket socket) {
        this.client = client;
        this.socket = socket;
        socket.textMessageHandler(text -> {
            texts.add(text);
            frames.add(new JsonObject(text));
        });
        socket.closeHandler(v -> closeCode = socket.closeStatusCode() == null ? -1 : socket.closeStatusCode());
    }

    public static ChatClient connect(URI uri, String token) {
        ChatClient chat = open(uri, token);
        chat.await(frame -> "welcome".equals(frame.getString("type")));
        return chat;
    }

    /** Opens a connection without waiting for {@code welcome}. */
    static ChatClient open(URI uri, String token) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setAbsoluteURI(ws(uri))
                .addSubProtocol("lienlac.chat.v1");
        if (token != null) {
            options.addHeader("Authorization", "Bearer " + token);
        }
        return open(options);
    }

    /**
     * Opens a connection the way a browser does (no headers possible): the token travels in a second subprotocol,
     * {@code quarkus-http-upgrade#Authorization#Bearer%20<token>}, next to {@code lienlac.chat.v1}.
     */
    static ChatClient openAsBrowser(URI uri, String token) {
        return open(new WebSocketConnectOptions().setAbsoluteURI(ws(uri)).addSubProtocol("lienlac.chat.v1")
                .addSubProtocol("quarkus-http-upgrade#Authorization#"
                        + URLEncoder.encode("Bearer " + token, StandardCharsets.UTF_8).replace("+", "%20")));
    }

    private static ChatClient open(WebSocketConnectOptions options) {
        WebSocketClient client = VERTX.createWebSocketClient(new WebSocketClientOptions()
                .setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 20));
        // Handlers go on in the connect callback, on the socket's event loop, so that no frame (the welcome comes
        // at once) can arrive before them.
        return client.connect(options).map(socket -> new ChatClient(client, socket))
                .toCompletionStage().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** The subprotocol the server answered with (null for none). */
    String subprotocol() {
        return socket.subProtocol();
    }

    /** Fails the way the upgrade failed (e.g. with the HTTP status in the message). */
    static Throwable refusal(URI uri, String token, String origin) {
        return refusal(uri, token, origin, true);
    }

    /** Fails the way the upgrade failed; {@code subprotocol}: whether it offers {@code lienlac.chat.v1}. */
    static Throwable refusal(URI uri, String token, String origin, boolean subprotocol) {
        WebSocketClient client = VERTX.createWebSocketClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setAbsoluteURI(ws(uri));
        if (subprotocol) {
            options.addSubProtocol("lienlac.chat.v1");
        }
        if (token != null) {
            options.addHeader("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            options.addHeader("Origin", origin);
        }
        try {
            client.connect(options).toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
            return null;
        } catch (RuntimeException e) {
            return e.getCause() != null ? e.getCause() : e;
        } finally {
            client.close();
        }
    }

    private static String ws(URI uri) {
        return uri.toString().replaceFirst("^http", "ws");
    }

    public void send(String raw) {
        socket.writeTextMessage(raw).toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    public void send(JsonObject frame) {
        send(frame.encode());
    }

    /** Syncs with these cursors and waits for {@code synced}. */
    public JsonObject sync(JsonObject cursors) {
        String ref = "sync-" + System.nanoTime();
        send(new JsonObject().put("type", "sync").put("ref", ref).put("cursors", cursors));
        return await(frame -> "synced".equals(frame.getString("type")) && ref.equals(frame.getString("ref")));
    }

    /** Sends a message and waits for its ack or error. */
    public JsonObject sendMessage(long conversationId, String clientId, String text) {
        String ref = "r-" + clientId + "-" + System.nanoTime();
        send(new JsonObject().put("type", "send").put("ref", ref).put("conversationId", conversationId)
                .put("clientId", clientId).put("text", text));
        return answer(ref);
    }

    /** The ack or error answering the frame with this ref. */
    public JsonObject answer(String ref) {
        return await(frame -> ref.equals(frame.getString("ref"))
                && ("ack".equals(frame.getString("type")) || "error".equals(frame.getString("type"))));
    }

    public JsonObject await(Predicate<JsonObject> match) {
        Awaitility.await().atMost(WAIT).until(() -> frames.stream().anyMatch(match));
        return frames.stream().filter(match).findFirst().orElseThrow();
    }

    /** The events received for a conversation, in the order received. */
    public List<JsonObject> events(long conversationId) {
        return frames.stream().filter(f -> "event".equals(f.getString("type"))
                && f.getLong("conversationId") == conversationId).toList();
    }

    public List<Long> seqs(long conversationId) {
        return events(conversationId).stream().map(f -> f.getLong("seq")).toList();
    }

    /** Drops the connection without a close handshake, like a phone losing signal. */
    void drop() {
        socket.close((short) 1001).toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
    }

    @Override
    public void close() {
        if (closeCode == null) {
            socket.close().toCompletionStage().toCompletableFuture().exceptionally(e -> null).join();
        }
        client.close();
    }
}

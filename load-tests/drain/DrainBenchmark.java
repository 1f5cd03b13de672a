import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.lienlac.bench.chat.setup.Database;
import vn.lienlac.bench.chat.setup.DirectConversations;
import vn.lienlac.bench.chat.setup.Person;
import vn.lienlac.bench.chat.setup.Population;
import vn.lienlac.bench.chat.setup.ServerApi;

/**
 * The rolling-restart benchmark's clients (issue 21, item 1; run by load-tests/drain/run.sh). Pairs of guardians, each
 * pair in a direct conversation, connect through HAProxy and send continuously, doing what docs/protocol.md asks of a
 * client: resume by cursor after a reconnect, resend unacknowledged sends with the same clientId, reconnect after a
 * close with full-jitter back-off (0–1 s at first, doubling up to 30 s while attempts fail). The script restarts the
 * three server processes in turn meanwhile and creates the stop file when done; then the clients stop sending, wait
 * for every ack and for every acknowledged message to reach both members, and the figures are printed.
 *
 * <p>Every time a client is without a connection is an {@link Episode}: its attempts, their answers and the pod that
 * gave each (HAProxy names it in a response header and logs each upgrade with the attempt id the client sends in
 * {@code X-Bench-Attempt}). The report ends with the distribution of the offline times and the five longest episodes.
 *
 * <p>Arguments: --lb http://127.0.0.1:PORT --api http://127.0.0.1:PORT --token ADMIN --pg-data DIR --keys-dir DIR
 * --work-dir DIR --stop-file FILE [--haproxy-log FILE] [--pairs N] [--send-every-ms N].
 */
public class DrainBenchmark {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ScheduledExecutorService TIMERS = Executors.newScheduledThreadPool(2);
    static final long START = System.nanoTime();
    static volatile boolean sending = true;
    /** Successful opens after a client's first, by second since the start. */
    static final Map<Long, AtomicInteger> RECONNECTS = new ConcurrentHashMap<>();
    static final Map<Integer, AtomicInteger> CLOSE_CODES = new ConcurrentHashMap<>();
    static final Map<Integer, AtomicInteger> REFUSALS = new ConcurrentHashMap<>();
    static final AtomicInteger DUPLICATES = new AtomicInteger();
    static final AtomicInteger GAPS = new AtomicInteger();
    static final AtomicInteger SENT = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        int pairs = Integer.parseInt(o.getOrDefault("--pairs", "50"));
        long sendEvery = Long.parseLong(o.getOrDefault("--send-every-ms", "1000"));
        URI lb = URI.create(o.get("--lb").replace("http", "ws") + "/ws/chat");
        Path stopFile = Path.of(o.get("--stop-file"));
        List<Client> clients = new ArrayList<>();
        try (Connection db = Database.connect(Path.of(o.get("--pg-data")))) {
            ServerApi api = new ServerApi(URI.create(o.get("--api")), o.get("--token"));
            Population population = Population.build(api, db, Path.of(o.get("--keys-dir")),
                    Path.of(o.get("--work-dir")).resolve("csv"), new Population.Size(2 * pairs + 20, pairs, 0), 21,
                    Duration.ofSeconds(30), DrainBenchmark::log);
            for (DirectConversations.Pair pair : population.pairs()) {
                clients.add(new Client("c" + clients.size(), pair.first(), pair.conversationId(), lb));
                clients.add(new Client("c" + clients.size(), pair.second(), pair.conversationId(), lb));
            }
        }
        clients.forEach(c -> c.connect(0, 0));
        log(String.format("%d clients connecting through %s, each sending every %d ms", clients.size(), lb, sendEvery));
        for (Client c : clients) {
            long offset = ThreadLocalRandom.current().nextLong(sendEvery);
            TIMERS.scheduleAtFixedRate(c::sendNext, offset, sendEvery, TimeUnit.MILLISECONDS);
        }
        Files.writeString(Path.of(o.get("--work-dir")).resolve("clients-ready"), "");
        while (!Files.exists(stopFile)) {
            Thread.sleep(500);
        }
        sending = false;
        log("stop file seen: no more new sends; waiting for acks and deliveries (at most 60 s)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !settled(clients)) {
            Thread.sleep(250);
        }
        report(clients);
        OfflineEpisodes.report(o.get("--haproxy-log"));
        System.exit(0);
    }

    static boolean settled(List<Client> clients) {
        return clients.stream().allMatch(c -> c.pending.isEmpty()) && lost(clients) == 0;
    }

    /** Acknowledged messages that one of the conversation's two members has not been shown. */
    static long lost(List<Client> clients) {
        Map<Long, List<Client>> byConversation = new LinkedHashMap<>();
        clients.forEach(c -> byConversation.computeIfAbsent(c.conversation, k -> new ArrayList<>()).add(c));
        long lost = 0;
        for (List<Client> members : byConversation.values()) {
            for (Client sender : members) {
                for (long seq : sender.acked.values()) {
                    for (Client member : members) {
                        if (!member.shown.contains(seq)) {
                            lost++;
                        }
                    }
                }
            }
        }
        return lost;
    }

    static void report(List<Client> clients) {
        long acked = clients.stream().mapToLong(c -> c.acked.size()).sum();
        long unacked = clients.stream().mapToLong(c -> c.pending.size()).sum();
        long lost = lost(clients);
        int peak = RECONNECTS.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
        System.out.println();
        System.out.println("| figure | value |");
        System.out.println("|---|---|");
        System.out.printf("| clients (direct pairs) | %d |%n", clients.size());
        System.out.printf("| messages sent / acknowledged / never acknowledged | %d / %d / %d |%n", SENT.get(), acked, unacked);
        System.out.printf("| acknowledged messages lost (not shown to a member) | %d |%n", lost);
        System.out.printf("| duplicates shown to a client | %d |%n", DUPLICATES.get());
        System.out.printf("| gaps reported on resume | %d |%n", GAPS.get());
        System.out.printf("| reconnects per second at the peak | %d |%n", peak);
        System.out.printf("| longest time a client was without a connection | %.2f s |%n", OfflineEpisodes.longestSeconds());
        System.out.printf("| close codes seen by clients | %s |%n", new TreeMap<>(CLOSE_CODES));
        System.out.printf("| upgrades refused (HTTP status) | %s |%n", new TreeMap<>(REFUSALS));
        System.out.println();
        System.out.println("reconnects per second: " + new TreeMap<>(RECONNECTS));
        boolean ok = lost == 0 && DUPLICATES.get() == 0 && unacked == 0;
        System.out.println(ok ? "PASS: 0 lost, 0 duplicates" : "FAIL: messages lost, duplicated or never acknowledged");
    }

    static void log(String line) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - START) / 1e9, line);
    }

    /** One guardian's device: one connection at a time, its cursor, what it was shown, its unacknowledged sends. */
    static final class Client implements WebSocket.Listener {
        final String name;
        final Person person;
        final long conversation;
        final URI uri;
        final Set<Long> shown = ConcurrentHashMap.newKeySet();
        final Map<String, String> pending = new ConcurrentHashMap<>();
        final Map<String, Long> acked = new ConcurrentHashMap<>();
        volatile WebSocket socket;
        volatile boolean synced;
        volatile long cursor;
        int opens;
        int failures;
        int counter;
        int attempts;
        /** The attempt under way (or the one whose connection is open). */
        Episode.Attempt attempt;
        /** Since the last welcomed connection was lost; null while connected (and before the first welcome). */
        Episode offline;
        boolean welcomed;
        StringBuilder partial = new StringBuilder();
        WebSocket outgoingOn;
        CompletableFuture<?> outgoing = CompletableFuture.completedFuture(null);

        Client(String name, Person person, long conversation, URI uri) {
            this.name = name;
            this.person = person;
            this.conversation = conversation;
            this.uri = uri;
        }

        void connect(long waited, long ceiling) {
            Episode.Attempt mine;
            synchronized (this) {
                mine = new Episode.Attempt(name + "." + (++attempts), waited, ceiling);
                attempt = mine;
                if (offline != null) {
                    offline.attempts.add(mine);
                }
            }
            HTTP.newWebSocketBuilder().header("Authorization", "Bearer " + person.token())
                    .header("X-Bench-Attempt", mine.id)
                    .subprotocols("lienlac.chat.v1").buildAsync(uri, this)
                    .whenComplete((ws, failure) -> {
                        if (failure != null) {
                            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                            int status = -1;
                            String outcome = cause.getClass().getSimpleName();
                            String backend = "-";
                            if (cause instanceof java.net.http.WebSocketHandshakeException h) {
                                status = h.getResponse().statusCode();
                                outcome = "HTTP " + status + h.getResponse().headers().firstValue("Retry-After")
                                        .map(s -> " Retry-After " + s).orElse("");
                                backend = h.getResponse().headers().firstValue("X-Lienlac-Backend").orElse("(haproxy)");
                            }
                            REFUSALS.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                            synchronized (this) {
                                mine.endNanos = System.nanoTime();
                                mine.outcome = outcome;
                                mine.backend = backend;
                            }
                            retryLater();
                        }
                    });
        }

        synchronized void retryLater() {
            socket = null;
            synced = false;
            // full jitter: 0–1 s at first, doubling up to 30 s while attempts keep failing
            long ceiling = Math.min(30_000, 1_000L << Math.min(failures, 5));
            failures++;
            long delay = ThreadLocalRandom.current().nextLong(ceiling + 1);
            TIMERS.schedule(() -> connect(delay, ceiling), delay, TimeUnit.MILLISECONDS);
        }

        @Override
        public void onOpen(WebSocket ws) {
            socket = ws;
            synchronized (this) {
                partial.setLength(0);
                welcomed = false;
                if (attempt != null) {
                    attempt.endNanos = System.nanoTime();
                    attempt.outcome = "101";
                }
            }
            sendFrame(ws, "{\"type\":\"sync\",\"ref\":\"s\",\"cursors\":{\"" + conversation + "\":" + cursor + "}}");
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            String text;
            synchronized (this) {
                partial.append(data);
                if (!last) {
                    ws.request(1);
                    return null;
                }
                text = partial.toString();
                partial.setLength(0);
            }
            handle(ws, new JsonObject(text));
            ws.request(1);
            return null;
        }

        void handle(WebSocket ws, JsonObject frame) {
            switch (frame.getString("type", "")) {
                case "welcome" -> {
                    long now = System.nanoTime();
                    if (opens++ > 0) {
                        RECONNECTS.computeIfAbsent((now - START) / 1_000_000_000L, k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    synchronized (this) {
                        failures = 0;
                        welcomed = true;
                        if (attempt != null) {
                            attempt.outcome = "101, welcome";
                        }
                        if (offline != null) {
                            offline.endNanos = now;
                            offline = null;
                        }
                    }
                }
                case "event" -> {
                    if (frame.getLong("conversationId", -1L) == conversation) {
                        long seq = frame.getLong("seq");
                        if (!shown.add(seq)) {
                            DUPLICATES.incrementAndGet();
                        }
                        cursor = Math.max(cursor, seq);
                    }
                }
                case "gap" -> GAPS.incrementAndGet();
                case "synced" -> {
                    synced = true;
                    pending.forEach((clientId, text) -> send(ws, clientId, text)); // resend, same clientId
                }
                case "ack" -> {
                    String clientId = frame.getString("clientId");
                    if (pending.remove(clientId) != null) {
                        acked.put(clientId, frame.getLong("seq"));
                    }
                }
                default -> {
                }
            }
        }

        void sendNext() {
            if (!sending) {
                return;
            }
            String clientId = person.participant() + "-" + (++counter);
            String text = "Tin nhắn số " + counter + " của " + person.participant();
            pending.put(clientId, text);
            SENT.incrementAndGet();
            WebSocket ws = socket;
            if (ws != null && synced) {
                send(ws, clientId, text);
            }
        }

        void send(WebSocket ws, String clientId, String text) {
            sendFrame(ws, new JsonObject().put("type", "send").put("ref", clientId).put("conversationId", conversation)
                    .put("clientId", clientId).put("text", text).encode());
        }

        /** The JDK's WebSocket takes one text at a time: frames are chained (a failed one ends with its connection). */
        synchronized void sendFrame(WebSocket ws, String frame) {
            if (ws != outgoingOn) {
                outgoingOn = ws;
                outgoing = CompletableFuture.completedFuture(null);
            }
            outgoing = outgoing.handle((x, e) -> null).thenCompose(x -> ws.sendText(frame, true));
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            CLOSE_CODES.computeIfAbsent(statusCode, k -> new AtomicInteger()).incrementAndGet();
            lostConnection("close " + statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            CLOSE_CODES.computeIfAbsent(1006, k -> new AtomicInteger()).incrementAndGet();
            lostConnection("error " + error.getClass().getSimpleName());
        }

        /** A welcomed connection's loss starts an episode; a close before welcome is one more failed attempt in it. */
        void lostConnection(String cause) {
            synchronized (this) {
                if (welcomed) {
                    welcomed = false;
                    offline = new Episode(name, cause);
                    OfflineEpisodes.add(offline);
                } else if (attempt != null) {
                    attempt.outcome += ", then " + cause + " before welcome";
                }
            }
            retryLater();
        }
    }
}

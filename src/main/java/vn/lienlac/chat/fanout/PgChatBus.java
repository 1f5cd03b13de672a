package vn.lienlac.chat.fanout;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lienlac.platform.sql.DatasourceTls;

/**
 * The bus over PostgreSQL LISTEN/NOTIFY on channel {@code lienlac_chat}. NOTIFY takes a global lock at commit, so
 * message transactions never notify: this one publisher sends, outside them, the signals queued since its last
 * NOTIFY, coalesced (one line per conversation for "advanced") and packed into payloads under PostgreSQL's 8,000
 * byte limit (signals are ASCII). A payload starts with the sending pod's id, so a pod skips its own. One dedicated connection listens
 * and reconnects by itself; after a reconnect, receivers re-check the database ({@link #onReconnect}).
 */
@Singleton
public class PgChatBus implements ChatBus {

    static final String CHANNEL = "lienlac_chat";
    private static final Logger LOG = Logger.getLogger(PgChatBus.class);
    private static final int MAX_PAYLOAD_BYTES = 7_900;

    private final String podId = UUID.randomUUID().toString().substring(0, 8);
    private final ConcurrentLinkedQueue<Signal> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushing = new AtomicBoolean();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final List<Runnable> reconnectActions = new ArrayList<>();
    private final Pool pool;
    private final Vertx vertx;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile Consumer<Signal> receiver = signal -> { };
    private volatile PgSubscriber subscriber;

    public PgChatBus(Pool pool, Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.pool = pool;
        this.vertx = vertx;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public void onSignal(Consumer<Signal> receiver) {
        this.receiver = receiver;
    }

    @Override
    public synchronized void onReconnect(Runnable action) {
        reconnectActions.add(action);
    }

    /** Starts listening; called once at start-up by {@link Fanout}. */
    void listen() {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        // encrypted and verified as the pool is (the datasource's TLS properties)
        DatasourceTls.apply(options);
        // The datasource's credentials, as the pool uses them (a URL without user info gets Vert.x's defaults).
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        // Its client metrics beside the pool's: postgresql_*{clientName="chat-bus"} (without a name they were m__*).
        options.setMetricsName("postgresql|chat-bus");
        PgSubscriber created = PgSubscriber.subscriber(vertx, options);
        created.reconnectPolicy(retries -> 500L);
        created.channel(CHANNEL)
                .subscribeHandler(this::subscribed)
                .handler(this::received);
        subscriber = created;
        connect(created);
    }

    private void connect(PgSubscriber created) {
        created.connect().subscribe().with(ok -> LOG.debug("chat bus listening"), failure -> {
            LOG.warnf("chat bus cannot listen yet (%s); retrying in 1 s", failure.getMessage());
            vertx.setTimer(1_000, id -> connect(created));
        });
    }

    private void subscribed() {
        if (subscriptions.incrementAndGet() > 1) {
            LOG.info("chat bus listening again after losing its connection; re-checking the database");
            List<Runnable> actions;
            synchronized (this) {
                actions = List.copyOf(reconnectActions);
            }
            actions.forEach(Runnable::run);
        }
    }

    private void received(String payload) {
        int newline = payload.indexOf('\n');
        if (newline < 0 || payload.startsWith(podId + "\n")) {
            return;
        }
        for (String line : payload.substring(newline + 1).split("\n")) {
            Signal signal = Signal.decode(line);
            if (signal != null) {
                receiver.accept(signal);
            }
        }
    }

    @Override
    public void publish(Signal signal) {
        queue.add(signal);
        flush();
    }

    private void flush() {
        if (queue.isEmpty() || !flushing.compareAndSet(false, true)) {
            return;
        }
        List<String> payloads = drain();
        send(payloads, 0);
    }

    private void send(List<String> payloads, int index) {
        if (index == payloads.size()) {
            flushing.set(false);
            flush();
            return;
        }
        pool.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(CHANNEL, payloads.get(index)))
                .subscribe().with(ok -> send(payloads, index + 1), failure -> {
                    LOG.warnf("chat bus could not notify the other pods (%s); they catch up on their next wake-up",
                            failure.getMessage());
                    send(payloads, index + 1);
                });
    }

    /** Everything queued, coalesced and packed into payloads. */
    private List<String> drain() {
        Map<Long, Long> advanced = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        Signal signal;
        while ((signal = queue.poll()) != null) {
            if (signal instanceof Signal.Advanced a) {
                advanced.merge(a.conversationId(), a.seq(), Math::max);
            } else {
                lines.add(Signal.encode(signal));
            }
        }
        advanced.forEach((id, seq) -> lines.add(Signal.encode(new Signal.Advanced(id, seq))));
        List<String> payloads = new ArrayList<>();
        StringBuilder payload = new StringBuilder(podId);
        for (String line : lines) {
            if (payload.length() + line.length() + 1 > MAX_PAYLOAD_BYTES && payload.length() > podId.length()) {
                payloads.add(payload.toString());
                payload = new StringBuilder(podId);
            }
            payload.append('\n').append(line);
        }
        if (payload.length() > podId.length()) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    void stop(@Observes ShutdownEvent event) {
        PgSubscriber current = subscriber;
        if (current != null) {
            current.closeAndForget();
        }
    }
}

package vn.lienlac.bench.chat.worker;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/** The phases of a scenario in one driver process, and the audit that turns its counters into a result. */
final class Timeline {

    private static final long TICK_MS = 10;

    private final Vertx vertx;
    private final Fleet fleet;
    private final List<ChatClient> clients;
    private final List<Context> contexts;

    Timeline(Vertx vertx, Fleet fleet, List<ChatClient> clients, List<Context> contexts) {
        this.vertx = vertx;
        this.fleet = fleet;
        this.clients = clients;
        this.contexts = contexts;
    }

    /** Idle: hold the connections, answering the server's pings, and count those still synced at the end. */
    JsonObject hold(double seconds) throws InterruptedException {
        long start = System.nanoTime();
        fleet.stats.window(start, start + nanos(seconds));
        sleep(seconds);
        return audit();
    }

    /**
     * Direct and groups: the send rate climbs to the planned one during the warm-up (so that the JIT warms up without
     * a backlog that the measurement would inherit), holds through the measurement, then drain.
     */
    JsonObject load(WorkerPlan.Timeline t) throws InterruptedException {
        fleet.rampSeconds = t.warmup();
        long start = startSending();
        fleet.stats.window(start + nanos(t.warmup()), start + nanos(t.warmup() + t.measure()));
        sleep(t.warmup() + t.measure());
        fleet.sending = false;
        return drainAndAudit(t.drain());
    }

    /**
     * Storm: send through the warm-up; then every client drops its connection at once (no close frame) and
     * reconnects after a random delay within the spread, resuming by cursor and resending its unacknowledged
     * messages; sending goes on for {@code measure} seconds after the drop; then drain.
     */
    JsonObject storm(WorkerPlan.Timeline t, Random random) throws InterruptedException {
        long start = startSending();
        fleet.stats.window(start, start + nanos(t.warmup() + t.measure()));
        sleep(t.warmup());
        long drop = System.nanoTime();
        long spreadMs = (long) (t.reconnectSpread() * 1000);
        long[] delays = new long[clients.size()];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = spreadMs <= 0 ? 1 : 1 + random.nextLong(spreadMs);
        }
        onEachClient(c -> {
            c.dropAbruptly();
            vertx.setTimer(delays[c.index], id -> c.reconnectUntilSynced());
        });
        sleep(t.measure());
        fleet.sending = false;
        JsonObject result = drainAndAudit(t.drain());
        Histogram resumed = new Histogram(3);
        long notResumed = 0;
        for (ChatClient c : clients) {
            if (c.lastSyncedNanos > drop) {
                resumed.recordValue(Stats.micros(c.lastSyncedNanos - drop));
            } else {
                notResumed++;
            }
        }
        return result.put("storm", new JsonObject().put("dropped", clients.size())
                .put("resumed", resumed.getTotalCount()).put("notResumed", notResumed)
                .put("resumeLatency", Stats.encode(resumed)));
    }

    void onEachClient(Consumer<ChatClient> action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(contexts.size());
        for (Context context : contexts) {
            context.runOnContext(v -> {
                try {
                    clients.stream().filter(c -> c.context == context).forEach(action);
                } finally {
                    done.countDown();
                }
            });
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("an event loop did not answer within 60 s");
        }
    }

    /** Logs the counters once a second to the driver's log: where a run went wrong shows there. */
    private void logEverySecond(long start) {
        Stats st = fleet.stats;
        long[] last = new long[4];
        vertx.setPeriodic(1_000, id -> {
            long[] now = {st.sent.sum(), st.acked.sum(), st.deliveries.sum(), st.resends.sum()};
            System.err.printf("t=%4.0fs sent %6d acked %6d delivered %6d resent %6d /s; errors %s closes %s%n",
                    (System.nanoTime() - start) / 1e9, now[0] - last[0], now[1] - last[1], now[2] - last[2],
                    now[3] - last[3], st.errors, st.closes);
            System.arraycopy(now, 0, last, 0, 4);
        });
    }

    private long startSending() {
        long start = System.nanoTime();
        logEverySecond(start);
        fleet.sendStartNanos = start;
        fleet.sending = true;
        for (Context context : contexts) {
            List<ChatClient> mine = clients.stream().filter(c -> c.context == context).toList();
            context.runOnContext(v -> {
                long[] ticks = {0};
                vertx.setPeriodic(TICK_MS, id -> {
                    long now = System.nanoTime();
                    boolean resendCheck = ++ticks[0] % 100 == 0;
                    for (ChatClient c : mine) {
                        c.tick(now);
                        if (resendCheck) {
                            c.resendStale(now);
                        }
                    }
                });
            });
        }
        return start;
    }

    /**
     * Drains; if something is still owed when the time is up, every client resyncs (closes, reconnects, syncs by
     * cursor) and a second drain follows. What a recipient then still lacks is lost: not delivered live and not
     * replayed either. What the resync recovered is reported as {@code missedLive}.
     */
    private JsonObject drainAndAudit(double seconds) throws InterruptedException {
        drain(seconds);
        long missedLive = 0;
        for (Sent s : fleet.inFlight.values()) {
            if (s.acked && !s.refused) {
                missedLive += Math.max(0, s.remaining.get());
            }
        }
        boolean resynced = outstanding() > 0;
        if (resynced) {
            System.err.println("not drained after " + seconds + " s: every client resyncs");
            onEachClient(ChatClient::resync);
            long deadline = System.nanoTime() + nanos(60);
            while (System.nanoTime() < deadline
                    && clients.stream().anyMatch(c -> c.state() != ChatClient.State.SYNCED)) {
                Thread.sleep(250);
            }
            drain(seconds);
        }
        return audit().put("missedLive", missedLive).put("resyncedAtEnd", resynced ? 1 : 0);
    }

    /** Waits until every acked message has reached all its recipients and nothing awaits an ack, or the time is up. */
    private void drain(double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + nanos(seconds);
        while (System.nanoTime() < deadline && outstanding() > 0) {
            Thread.sleep(250);
        }
    }

    private long outstanding() {
        long count = 0;
        for (Sent s : fleet.inFlight.values()) {
            if (!s.refused && (!s.acked || s.remaining.get() > 0)) {
                count++;
            }
        }
        return count;
    }

    private JsonObject audit() throws InterruptedException {
        Map<Long, Long> highest = new HashMap<>();
        for (Sent s : fleet.inFlight.values()) {
            if (s.acked) {
                highest.merge(s.conversationId, s.seq(), Math::max);
            }
        }
        Map<Long, Long> fromClients = new java.util.concurrent.ConcurrentHashMap<>();
        onEachClient(c -> c.reportHighest(fromClients));
        fromClients.forEach((id, seq) -> highest.merge(id, seq, Math::max));
        AtomicLong behind = new AtomicLong();
        AtomicLong held = new AtomicLong();
        AtomicLong pending = new AtomicLong();
        onEachClient(c -> {
            behind.addAndGet(c.behind(highest));
            pending.addAndGet(c.pendingCount());
            if (c.state() == ChatClient.State.SYNCED) {
                held.incrementAndGet();
            }
        });
        long lost = 0;
        long missing = 0;
        long unacked = 0;
        long refused = 0;
        for (Sent s : fleet.inFlight.values()) {
            if (s.refused) {
                refused++;
            } else if (!s.acked) {
                unacked++;
            } else if (s.remaining.get() > 0) {
                lost++;
                missing += s.remaining.get();
            }
        }
        double cpuSeconds = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        return fleet.stats.toJson().put("event", "result").put("driverCpuMillis", (long) (cpuSeconds * 1000)).put("clients", clients.size()).put("held", held.get())
                .put("lost", lost).put("missingDeliveries", missing).put("unacked", unacked).put("refused", refused)
                .put("behind", behind.get()).put("pendingAtEnd", pending.get());
    }

    private static void sleep(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }

    private static long nanos(double seconds) {
        return (long) (seconds * 1e9);
    }
}

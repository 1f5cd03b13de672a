package vn.lienlac.chat.presence;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * This pod's share of chat presence: counts the open connections per participant in memory and writes the changes
 * to {@code chat_presence} in one statement per flush (a storm of reconnects is one write, never a statement per
 * connection), together with the pod's heartbeat in {@code chat_pod}. Rows of a pod whose heartbeat is stale do not
 * count ({@link ChatPresence}); the next heartbeat of any pod deletes pods stale for four times the bound.
 */
@Singleton
public class PresenceBoard {

    private static final Logger LOG = Logger.getLogger(PresenceBoard.class);

    private static final String FLUSH = """
            WITH beat AS (
                INSERT INTO chat_pod (pod, heartbeat_at) VALUES ($1, $2)
                ON CONFLICT (pod) DO UPDATE SET heartbeat_at = excluded.heartbeat_at),
            gone AS (
                DELETE FROM chat_presence WHERE pod = $1 AND participant = ANY ($3::text[])),
            dead AS (
                DELETE FROM chat_pod WHERE heartbeat_at < $5 AND pod <> $1)
            INSERT INTO chat_presence (participant, pod, since)
            SELECT p, $1, $2 FROM unnest($4::text[]) AS p
            ON CONFLICT (participant, pod) DO NOTHING""";

    private final String pod = UUID.randomUUID().toString();
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final Pool pool;
    private final Clock clock;
    private final PresenceConfig config;

    PresenceBoard(Pool pool, Clock clock, PresenceConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.config = config;
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        vertx.setPeriodic(config.presenceFlushEvery().toMillis(), id -> {
            if (!changed.isEmpty()) {
                flush();
            }
        });
        vertx.setPeriodic(config.presenceHeartbeatEvery().toMillis(), id -> flush());
        flush();
    }

    void stop(@Observes ShutdownEvent event) {
        try {
            pool.preparedQuery("DELETE FROM chat_pod WHERE pod = $1").execute(Tuple.of(pod))
                    .await().atMost(Duration.ofSeconds(2));
        } catch (RuntimeException e) {
            LOG.debugf("chat presence of pod %s left to expire: %s", pod, e.getMessage());
        }
    }

    /** A connection of these participants opened on this pod. */
    public void connected(Collection<String> participants) {
        for (String participant : participants) {
            open.merge(participant, 1, Integer::sum);
            changed.add(participant);
        }
    }

    /** A connection of these participants closed on this pod. */
    public void disconnected(Collection<String> participants) {
        for (String participant : participants) {
            open.computeIfPresent(participant, (p, n) -> n > 1 ? n - 1 : null);
            changed.add(participant);
        }
    }

    /** Whether the participant holds a connection on this pod now (no database read). */
    public boolean connectedHere(String participant) {
        return open.containsKey(participant);
    }

    /** Writes the changes since the last write and the heartbeat; one write at a time. */
    void flush() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        List<String> batch = new ArrayList<>(changed);
        changed.removeAll(batch);
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        batch.forEach(p -> (open.containsKey(p) ? present : absent).add(p));
        Instant now = clock.instant();
        Instant dead = now.minus(config.presenceStaleAfter().multipliedBy(4));
        pool.preparedQuery(FLUSH)
                .execute(Tuple.of(pod, SqlTimes.of(now), absent.toArray(String[]::new),
                        present.toArray(String[]::new), SqlTimes.of(dead)))
                .subscribe().with(rows -> writing.set(false), failure -> {
                    changed.addAll(batch);
                    writing.set(false);
                    LOG.warnf("chat presence not written (%d changes kept for the next try): %s", batch.size(),
                            failure.getMessage());
                });
    }

    /** Writes now and waits (tests). */
    public void flushNow() {
        flush();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while ((writing.get() || !changed.isEmpty()) && System.nanoTime() < until) {
            if (!writing.get()) {
                flush();
            }
            Thread.onSpinWait();
        }
    }
}

package vn.lienlac.notifications.outbox.sending;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import vn.lienlac.notifications.outbox.ChannelName;

/**
 * The outbox's sender, one per pod: it claims due rows channel by channel (as many as the pod's and the channel's
 * free send slots allow, {@link OutboxClaims}), hands each to {@link Sending}, and claims again as slots free up.
 * It runs every {@code lienlac.notifications.outbox.every} and whenever {@link #wake()} is called (the policy calls
 * it when a transaction that enqueued rows due now commits on this pod). Claims are leased: rows of a pod killed mid-send are taken
 * again after the lease, with the same idempotency key.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final Duration GAUGE_EVERY = Duration.ofSeconds(15);

    private final OutboxClaims claims;
    private final EndpointSessions sessions;
    private final Sending sending;
    private final Channels channels;
    private final SenderMetrics metrics;
    private final Clock clock;
    private final SenderConfig config;
    private final Vertx vertx;
    private final String pod;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<ChannelName, AtomicInteger> inFlightByChannel = new EnumMap<>(ChannelName.class);
    private final AtomicBoolean pumping = new AtomicBoolean();
    private final AtomicLong wakes = new AtomicLong();
    private volatile boolean again;
    private volatile boolean running;
    private volatile Instant gaugeRefreshedAt = Instant.EPOCH;
    private long timer = -1;

    @Inject
    public OutboxSender(OutboxClaims claims, EndpointSessions sessions, Sending sending, Channels channels,
            SenderMetrics metrics, Clock clock, SenderConfig config, Vertx vertx) {
        this(claims, sessions, sending, channels, metrics, clock, config, vertx, podName(config));
    }

    /** A sender under its own name: tests run two on one database. */
    OutboxSender(OutboxClaims claims, EndpointSessions sessions, Sending sending, Channels channels,
            SenderMetrics metrics, Clock clock, SenderConfig config, Vertx vertx, String pod) {
        this.claims = claims;
        this.sessions = sessions;
        this.sending = sending;
        this.channels = channels;
        this.metrics = metrics;
        this.clock = clock;
        this.config = config;
        this.vertx = vertx;
        this.pod = pod;
        for (ChannelName name : ChannelName.values()) {
            inFlightByChannel.put(name, new AtomicInteger());
        }
    }

    /** The host name (a Kubernetes pod's name) and a random suffix: each process's claims are its own. */
    private static String podName(SenderConfig config) {
        String host = config.podName().or(() -> Optional.ofNullable(System.getenv("HOSTNAME"))).orElse("pod");
        return host + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    /** Starts the periodic look for due rows. */
    synchronized void start() {
        if (running) {
            return;
        }
        if (config.concurrency() < 1 || config.channelConcurrency() < 1 || config.batch() < 1
                || config.maxAttempts() < 1) {
            throw new IllegalStateException("lienlac.notifications.outbox.concurrency, .channel-concurrency, .batch"
                    + " and .max-attempts must be at least 1");
        }
        running = true;
        timer = vertx.setPeriodic(Math.max(10, config.every().toMillis()), id -> pump());
        LOG.infof("Outbox sender %s started", pod);
    }

    /** Stops claiming; sends in flight finish (or their leases pass and another pod takes them). */
    synchronized void stop() {
        running = false;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Looks for due rows now (call after committing rows enqueued on this pod). Returns at once. */
    public void wake() {
        wakes.incrementAndGet();
        pump();
    }

    /** How often {@link #wake()} was called since start-up. */
    long wakes() {
        return wakes.get();
    }

    String pod() {
        return pod;
    }

    int inFlight() {
        return inFlight.get();
    }

    private void pump() {
        if (!running) {
            return;
        }
        if (!pumping.compareAndSet(false, true)) {
            again = true;
            return;
        }
        again = false;
        round().subscribe().with(full -> {
            pumping.set(false);
            if (again || full) {
                pump();
            }
        }, failure -> {
            pumping.set(false);
            LOG.warnf("Outbox sender %s could not claim rows (%s); trying again on its next round", pod,
                    failure.getMessage());
        });
    }

    /** One claim per channel with free slots; answers whether some channel filled all its slots (more may wait). */
    private Uni<Boolean> round() {
        Instant now = clock.instant();
        Uni<Void> gauge = refreshGauge(now);
        return gauge.chain(() -> Multi.createFrom().items(ChannelName.values())
                .filter(name -> channels.get(name) != null)
                .onItem().transformToUniAndConcatenate(name -> claimFor(name, now))
                .collect().asList()
                .map(list -> list.contains(Boolean.TRUE)));
    }

    private Uni<Boolean> claimFor(ChannelName name, Instant now) {
        int free = Math.min(config.channelConcurrency() - inFlightByChannel.get(name).get(),
                config.concurrency() - inFlight.get());
        int limit = Math.min(free, config.batch());
        if (limit <= 0) {
            return Uni.createFrom().item(Boolean.FALSE);
        }
        return claims.claim(name, limit, pod, now, config.lease()).chain(sessions::mark).map(claimed -> {
            claimed.forEach(this::launch);
            return claimed.size() == limit;
        });
    }

    private void launch(Claim claim) {
        AtomicInteger channelCount = inFlightByChannel.get(claim.channel());
        inFlight.incrementAndGet();
        channelCount.incrementAndGet();
        sending.handle(claim, pod).subscribe().with(done -> finished(claim, channelCount), failure -> {
            LOG.warnf("Outbox row %d: its outcome could not be written (%s); it is taken again after its lease",
                    claim.id(), failure.getMessage());
            finished(claim, channelCount);
        });
    }

    private void finished(Claim claim, AtomicInteger channelCount) {
        inFlight.decrementAndGet();
        int channelFree = config.channelConcurrency() - channelCount.decrementAndGet();
        if (channelFree >= Math.max(1, config.channelConcurrency() / 4) || inFlight.get() == 0) {
            pump();
        }
    }

    private Uni<Void> refreshGauge(Instant now) {
        if (Duration.between(gaugeRefreshedAt, now).compareTo(GAUGE_EVERY) < 0 && !now.isBefore(gaugeRefreshedAt)) {
            return Uni.createFrom().voidItem();
        }
        gaugeRefreshedAt = now;
        return claims.countDue(now).invoke(metrics::due).replaceWithVoid()
                .onFailure().recoverWithNull();
    }
}

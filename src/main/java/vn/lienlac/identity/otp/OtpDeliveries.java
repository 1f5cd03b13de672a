package vn.lienlac.identity.otp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The hand-off between a code request and the gateway: the request enqueues its code and answers at once, whatever
 * the gateway does later. A bounded in-process queue, drained by at most {@code delivery-concurrency} sends at a time
 * (each send is non-blocking; a finished send starts the next). When the queue is full the code is dropped (the
 * challenge stands; the person asks again after the resend interval). Failures and drops are for operators only: a
 * Micrometer counter and a log line naming neither the phone number nor the code (docs/operations.md). The queue is
 * not durable: codes still queued when the pod stops are lost, like a lost SMS.
 */
@ApplicationScoped
public class OtpDeliveries {

    private static final Logger LOG = Logger.getLogger(OtpDeliveries.class);
    static final String FAILURES = "lienlac.otp.delivery.failures";
    static final String DROPPED = "lienlac.otp.delivery.dropped";
    static final String SENT = "lienlac.otp.delivery.sent";

    private final OtpSender sender;
    private final int concurrency;
    private final Duration giveUpAfter;
    private final Queue<Delivery> queue;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter sent;
    private final Counter dropped;
    private final Counter refused;
    private final Counter timedOut;
    private final Counter unreachable;

    public OtpDeliveries(OtpSender sender, OtpConfig config, MeterRegistry registry) {
        if (config.delivery().queueCapacity() < 1 || config.delivery().concurrency() < 1) {
            throw new IllegalStateException(
                    "lienlac.otp.delivery.queue-capacity and lienlac.otp.delivery.concurrency must be at least 1");
        }
        this.sender = sender;
        this.concurrency = config.delivery().concurrency();
        // A send whose gateway timeout somehow does not fire still frees its slot.
        this.giveUpAfter = config.http().timeout().plusSeconds(5);
        this.queue = new ArrayBlockingQueue<>(config.delivery().queueCapacity());
        this.sent = registry.counter(SENT);
        this.dropped = registry.counter(DROPPED);
        this.refused = failures(registry, "refused");
        this.timedOut = failures(registry, "timeout");
        this.unreachable = failures(registry, "unreachable");
        Gauge.builder("lienlac.otp.delivery.queued", queue, Queue::size)
                .description("One-time codes waiting for the gateway").register(registry);
    }

    private static Counter failures(MeterRegistry registry, String reason) {
        return Counter.builder(FAILURES).tag("reason", reason)
                .description("One-time codes the gateway did not take (refused, no answer in time, unreachable)")
                .register(registry);
    }

    /** Queues a code for delivery and returns at once; never fails (a full queue drops the code, counted). */
    void submit(String phoneE164, String code, String message) {
        if (!queue.offer(new Delivery(phoneE164, code, message))) {
            dropped.increment();
            LOG.warn("OTP delivery queue full: a code was dropped (lienlac.otp.delivery.queue-capacity)");
            return;
        }
        drain();
    }

    /** Starts sends while a slot is free and something waits. Called on submit and when a send ends. */
    private void drain() {
        while (true) {
            int running = inFlight.get();
            if (running >= concurrency || queue.isEmpty()) {
                return;
            }
            if (!inFlight.compareAndSet(running, running + 1)) {
                continue;
            }
            Delivery next = queue.poll();
            if (next == null) {
                inFlight.decrementAndGet();
                continue;
            }
            send(next).subscribe().with(ok -> finished(), failure -> finished());
        }
    }

    private Uni<Void> send(Delivery delivery) {
        Uni<Void> call;
        try {
            call = sender.send(delivery.phone(), delivery.code(), delivery.message());
        } catch (RuntimeException e) {
            call = Uni.createFrom().failure(e);
        }
        return call.ifNoItem().after(giveUpAfter).failWith(TimeoutException::new)
                .invoke(() -> sent.increment())
                .onFailure().invoke(this::record);
    }

    private void record(Throwable failure) {
        Throwable cause = failure instanceof GatewayFailure g && g.getCause() != null ? g.getCause() : failure;
        if (failure instanceof GatewayFailure g && g.status() > 0) {
            refused.increment();
            LOG.warnf("OTP gateway refused a code: HTTP %d", g.status());
        } else if (cause instanceof TimeoutException) {
            timedOut.increment();
            LOG.warn("OTP gateway did not answer in time");
        } else {
            unreachable.increment();
            LOG.warnf("OTP gateway unreachable: %s", cause.getClass().getSimpleName());
        }
    }

    private void finished() {
        inFlight.decrementAndGet();
        drain();
    }

    /** Codes waiting in the queue (for tests and the gauge). */
    int queued() {
        return queue.size();
    }

    /** Carries the code: never logged, never in toString. */
    private record Delivery(String phone, String code, String message) {
        @Override
        public String toString() {
            return "Delivery[" + OtpPhones.masked(phone) + "]";
        }
    }
}

package vn.lienlac.notifications.outbox.sending;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.lienlac.notifications.outbox.ChannelName;

/**
 * The outbox in {@code /q/metrics} (docs/notifications.md, "Metrics"): rows sent, delivered, failed, retried,
 * skipped and expired by channel (failed and skipped also by reason), cost units by channel, and a gauge of due
 * QUEUED rows of every channel (refreshed by each pod's sender).
 */
@Singleton
public class SenderMetrics {

    static final String PREFIX = "lienlac.notifications.outbox.";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final AtomicLong due = new AtomicLong();

    public SenderMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(PREFIX + "due", due, AtomicLong::get)
                .description("Outbox rows QUEUED and due now, all channels (refreshed by the sender)")
                .register(registry);
    }

    void sent(ChannelName channel, boolean delivered, int costUnits) {
        counter("sent", channel, null).increment();
        if (delivered) {
            delivered(channel);
        }
        if (costUnits > 0) {
            counter("cost.units", channel, null).increment(costUnits);
        }
    }

    /** A delivery receipt, or a provider that confirms delivery as it takes the message. */
    public void delivered(ChannelName channel) {
        counter("delivered", channel, null).increment();
    }

    public void failed(ChannelName channel, String reason) {
        counter("failed", channel, reason).increment();
    }

    void retried(ChannelName channel) {
        counter("retries", channel, null).increment();
    }

    void skipped(ChannelName channel, String reason) {
        counter("skipped", channel, reason).increment();
    }

    void expired(ChannelName channel) {
        counter("expired", channel, null).increment();
    }

    void due(long rows) {
        due.set(rows);
    }

    private Counter counter(String name, ChannelName channel, String reason) {
        String key = name + '|' + channel + '|' + reason;
        return counters.computeIfAbsent(key, k -> {
            Counter.Builder builder = Counter.builder(PREFIX + name).tag("channel", channel.name());
            if (reason != null) {
                builder.tag("reason", reason);
            }
            return builder.register(registry);
        });
    }
}

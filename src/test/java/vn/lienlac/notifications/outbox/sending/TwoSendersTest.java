package vn.lienlac.notifications.outbox.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.lienlac.notifications.OutboxFixture;
import vn.lienlac.notifications.fakes.KeyedProvider;
import vn.lienlac.notifications.outbox.ChannelName;

/**
 * Two senders on one database (this pod's and a second instance under another name, as two pods) take every row
 * exactly once: the claim's FOR UPDATE SKIP LOCKED and lease keep them apart. The packaged application's two
 * processes are in {@code OutboxAcrossPodsIT}.
 */
@QuarkusTest
class TwoSendersTest {

    @Inject
    OutboxSender sender;

    @Inject
    OutboxClaims claims;

    @Inject
    EndpointSessions sessions;

    @Inject
    Sending sending;

    @Inject
    SenderMetrics metrics;

    @Inject
    SenderConfig config;

    @Inject
    Vertx vertx;

    @Inject
    OutboxFixture outbox;

    @Test
    void twoSendersOnOneDatabaseNeverSendARowTwice() throws Exception {
        try (KeyedProvider provider = new KeyedProvider()) {
            TestChannels channels = new TestChannels(provider.url());
            QuarkusMock.installMockForType(channels, Channels.class);
            OutboxSender other = new OutboxSender(claims, sessions, sending, channels, metrics, Clock.systemUTC(), config, vertx,
                    "second-pod");
            List<Long> rows = outbox.bulk(600, ChannelName.SMS, Instant.now());
            other.start();
            try {
                other.wake();
                sender.wake();
                Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> outbox.count("SELECT count(*) FROM outbox WHERE id = ANY($1) AND state = 'SENT'",
                                (Object) rows.toArray(Long[]::new)) == rows.size());
            } finally {
                other.stop();
            }
            Set<String> keys = new HashSet<>();
            for (long row : rows) {
                keys.add(outbox.get(row).idempotencyKey().toString());
            }
            Map<String, Long> requests = provider.requestKeys().stream().filter(keys::contains)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(rows.size(), requests.size(), "every row sent");
            assertTrue(requests.values().stream().allMatch(n -> n == 1), "no row sent twice");
            long bySecond = outbox.count("SELECT count(*) FROM outbox WHERE id = ANY($1) AND claimed_by = 'second-pod'",
                    (Object) rows.toArray(Long[]::new));
            assertTrue(bySecond > 0 && bySecond < rows.size(), "both senders took rows: " + bySecond);
        }
    }
}

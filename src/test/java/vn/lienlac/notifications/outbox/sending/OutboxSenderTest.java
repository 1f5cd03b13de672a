package vn.lienlac.notifications.outbox.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.otp.TestClock;
import vn.lienlac.notifications.OutboxFixture;
import vn.lienlac.notifications.OutboxFixture.OutboxRow;
import vn.lienlac.notifications.fakes.KeyedProvider;
import vn.lienlac.notifications.fakes.KeyedProvider.Answer;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;

/**
 * The sender against real PostgreSQL and a real HTTP provider: what each answer does to a row, and the step rules
 * applied at claim time. The pod's own sender runs (woken by each test); channels are test channels to the fake.
 */
@QuarkusTest
class OutboxSenderTest {

    @Inject
    OutboxSender sender;

    @Inject
    OutboxFixture outbox;

    @Inject
    SenderConfig config;

    private final TestClock clock = new TestClock();
    private KeyedProvider provider;
    private Instant now;

    @BeforeEach
    void fakes() throws Exception {
        provider = new KeyedProvider();
        QuarkusMock.installMockForType(clock, Clock.class);
        QuarkusMock.installMockForType(new TestChannels(provider.url()), Channels.class);
        now = clock.instant();
    }

    @AfterEach
    void stopFake() {
        provider.close();
    }

    @Test
    void aSentRowKeepsTheProvidersIdAndItsCost() {
        long row = outbox.row(item(ItemKind.GRADE), 0, ChannelName.SMS, "+84912000001", null, now);

        OutboxRow sent = await(row, r -> r.state().equals("SENT"));

        assertEquals(1, sent.attempts());
        assertEquals(1, sent.costUnits());
        assertEquals(provider.accepted().get(sent.idempotencyKey().toString()).id(), sent.providerId());
        assertTrue(sent.claimedBy().startsWith(sender.pod()));
    }

    @Test
    void a429WaitsForItsRetryAfterAndTheRetryCarriesTheSameKey() {
        provider.script("+84912000002", new Answer(429, 120));
        long row = outbox.row(item(ItemKind.GRADE), 0, ChannelName.ZALO, "+84912000002", null, now);

        OutboxRow waiting = await(row, r -> r.attempts() == 1 && r.error() != null);
        assertEquals("QUEUED", waiting.state());
        assertEquals("HTTP 429", waiting.error());
        assertFalse(waiting.dueAt().isBefore(now.plusSeconds(120)), "Retry-After honoured");
        assertTrue(waiting.dueAt().isBefore(now.plusSeconds(121)), "no back-off bound above Retry-After here");

        clock.advance(Duration.ofSeconds(119));
        sender.wake();
        Awaitility.await().during(Duration.ofMillis(500)).until(() -> outbox.get(row).attempts() == 1);
        clock.advance(Duration.ofSeconds(2));
        OutboxRow sent = await(row, r -> r.state().equals("SENT"));

        assertEquals(2, sent.attempts());
        String key = sent.idempotencyKey().toString();
        assertEquals(List.of(key, key), provider.requestKeys().stream().filter(key::equals).toList());
    }

    @Test
    void a5xxBacksOffWithinTheJitteredBound() {
        provider.script("+84912000003", new Answer(503, null), new Answer(500, null));
        long row = outbox.row(item(ItemKind.GRADE), 0, ChannelName.SMS, "+84912000003", null, now, now.plusSeconds(
                86_400), 3);

        OutboxRow waiting = await(row, r -> r.attempts() == 4 && r.error() != null);

        assertEquals("QUEUED", waiting.state());
        assertEquals("HTTP 503", waiting.error());
        Duration bound = config.backoffBase().multipliedBy(8);
        assertFalse(waiting.dueAt().isBefore(now));
        assertFalse(waiting.dueAt().isAfter(now.plus(bound)), "full jitter: at most base × 2^(4-1)");
    }

    @Test
    void aRowThatKeepsFailingIsGivenUpAfterMaxAttempts() {
        provider.script("+84912000004", new Answer(500, null));
        long row = outbox.row(item(ItemKind.GRADE), 0, ChannelName.SMS, "+84912000004", null, now,
                now.plusSeconds(86_400), config.maxAttempts() - 1);

        OutboxRow failed = await(row, r -> r.state().equals("FAILED"));

        assertEquals(config.maxAttempts(), failed.attempts());
        assertEquals("gave up after " + config.maxAttempts() + " attempts: HTTP 500", failed.error());
    }

    @Test
    void aRowPastItsExpiryEndsExpiredWithoutASend() {
        long row = outbox.row(item(ItemKind.GRADE), 0, ChannelName.SMS, "+84912000005", null, now.minusSeconds(60),
                now.minusSeconds(1), 0);

        OutboxRow expired = await(row, r -> r.state().equals("EXPIRED"));

        assertEquals("expired", expired.error());
        assertTrue(provider.requestKeys().stream().noneMatch(expired.idempotencyKey().toString()::equals));
    }

    @Test
    void aRetryThatWouldComeAfterTheExpiryEndsExpired() {
        provider.script("+84912000006", new Answer(429, 3600));
        long row = outbox.row(item(ItemKind.GRADE), 0, ChannelName.SMS, "+84912000006", null, now,
                now.plusSeconds(600), 0);

        OutboxRow expired = await(row, r -> r.state().equals("EXPIRED"));

        assertEquals("expired before its next try: HTTP 429", expired.error());
    }

    @Test
    void aGoneEndpointFailsTheRowAndIsRemoved() {
        String address = "https://push.example.test/" + now.toEpochMilli() + "/gone";
        long endpoint = outbox.endpoint(ChannelName.WEB_PUSH, address);
        provider.script(address, new Answer(410, null));
        long row = outbox.row(item(ItemKind.GRADE), 0, ChannelName.WEB_PUSH, null, endpoint, now);

        OutboxRow failed = await(row, r -> r.state().equals("FAILED"));

        assertEquals("HTTP 410", failed.error());
        assertNull(failed.endpointId(), "the endpoint row is deleted (ON DELETE SET NULL)");
        assertEquals(0, outbox.count("SELECT count(*) FROM push_endpoint WHERE id = $1", endpoint));
    }

    @Test
    void aDeviceWhosePersonSignedOutIsNeverWokenAndItsEndpointIsRemoved() {
        String signedOut = "https://push.example.test/" + now.toEpochMilli() + "/signed-out";
        String live = "https://push.example.test/" + now.toEpochMilli() + "/live";
        long endpoint = outbox.endpointOfSession(ChannelName.WEB_PUSH, signedOut, true);
        long liveEndpoint = outbox.endpointOfSession(ChannelName.WEB_PUSH, live, false);
        long row = outbox.row(item(ItemKind.ATTENDANCE), 0, ChannelName.WEB_PUSH, null, endpoint, now);
        long liveRow = outbox.row(item(ItemKind.ATTENDANCE), 0, ChannelName.WEB_PUSH, null, liveEndpoint, now);

        OutboxRow failed = await(row, r -> r.state().equals("FAILED"));
        OutboxRow sent = await(liveRow, r -> r.state().equals("SENT"));

        assertEquals("signed out of the device that registered the endpoint", failed.error());
        assertFalse(provider.accepted().containsKey(failed.idempotencyKey().toString()), "the device was woken");
        assertEquals(0, outbox.count("SELECT count(*) FROM push_endpoint WHERE id = $1", endpoint));
        assertTrue(provider.accepted().containsKey(sent.idempotencyKey().toString()));
        assertEquals(1, outbox.count("SELECT count(*) FROM push_endpoint WHERE id = $1", liveEndpoint));
    }

    @Test
    void aRejectedMessageFailsAtOnce() {
        provider.script("+84912000007", new Answer(400, null));
        long row = outbox.row(item(ItemKind.GRADE), 0, ChannelName.ZALO, "+84912000007", null, now);

        OutboxRow failed = await(row, r -> r.state().equals("FAILED"));

        assertEquals(1, failed.attempts());
        assertEquals("HTTP 400", failed.error());
    }

    @Test
    void anItemReadInTheAppIsNotSent() {
        long item = item(ItemKind.GRADE);
        outbox.markRead(item, now);
        long row = outbox.row(item, 0, ChannelName.SMS, "+84912000008", null, now);

        assertEquals("read", await(row, r -> r.state().equals("SKIPPED")).error());
    }

    @Test
    void aLaterStepWaitsWhileAnEarlierStepIsQueued() {
        long item = item(ItemKind.ATTENDANCE);
        long push = outbox.row(item, 0, ChannelName.FCM, null, outbox.endpoint(ChannelName.FCM, "tok-" + now
                .toEpochMilli() + "-wait"), now.plusSeconds(300));
        long zalo = outbox.row(item, 1, ChannelName.ZALO, "+84912000009", null, now);

        sender.wake();
        Awaitility.await().during(Duration.ofMillis(700)).until(() -> outbox.get(zalo).attempts() == 0);
        assertEquals("QUEUED", outbox.get(zalo).state());

        clock.advance(Duration.ofSeconds(301));
        await(push, r -> r.state().equals("SENT"));
        assertEquals("SENT", await(zalo, r -> r.state().equals("SENT")).state(), "important: goes though push went");
    }

    @Test
    void aLaterStepOfAnOrdinaryItemIsSkippedWhenAnEarlierStepReached() {
        long item = item(ItemKind.GRADE);
        long push = outbox.row(item, 0, ChannelName.FCM, null, outbox.endpoint(ChannelName.FCM, "tok-" + now
                .toEpochMilli() + "-reach"), now);
        long sms = outbox.row(item, 1, ChannelName.SMS, "+84912000010", null, now.plusSeconds(60));

        await(push, r -> r.state().equals("SENT"));
        clock.advance(Duration.ofSeconds(61));

        assertEquals("reached", await(sms, r -> r.state().equals("SKIPPED")).error());
    }

    @Test
    void aLaterStepGoesWhenEveryEarlierStepFailed() {
        long item = item(ItemKind.GRADE);
        String address = "https://push.example.test/" + now.toEpochMilli() + "/rejected";
        provider.script(address, new Answer(400, null));
        outbox.row(item, 0, ChannelName.WEB_PUSH, null, outbox.endpoint(ChannelName.WEB_PUSH, address), now);
        long sms = outbox.row(item, 1, ChannelName.SMS, "+84912000011", null, now);

        assertEquals(1, await(sms, r -> r.state().equals("SENT")).attempts());
    }

    @Test
    void chatNeverGoesToAPaidChannel() {
        long row = outbox.row(item(ItemKind.CHAT), 0, ChannelName.ZALO, "+84912000012", null, now);

        assertEquals("chat-paid", await(row, r -> r.state().equals("SKIPPED")).error());
    }

    private long item(ItemKind kind) {
        return outbox.item(kind, false, null, null, now);
    }

    private OutboxRow await(long row, Predicate<OutboxRow> condition) {
        sender.wake();
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> outbox.get(row), condition::test);
    }
}

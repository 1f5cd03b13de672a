package vn.lienlac.notifications.apns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.otp.TestClock;
import vn.lienlac.notifications.fakes.ApnsFake;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.SendResult;

/** The APNs channel against {@link ApnsFake}: real TLS, real HTTP/2, a real ES256 provider JWT. */
class ApnsChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Random RANDOM = new Random(18);
    private static final TestClock CLOCK = new TestClock();
    private static Vertx vertx;
    private static ApnsFake fake;
    private ApnsChannel channel;

    @BeforeAll
    static void startFake() throws Exception {
        vertx = Vertx.vertx();
        fake = new ApnsFake(vertx.getDelegate(), CLOCK);
    }

    @AfterAll
    static void stopFake() throws Exception {
        fake.close();
        vertx.closeAndAwait();
    }

    @BeforeEach
    void newChannel() {
        fake.reset();
        channel = new ApnsChannel(vertx, TestApnsConfig.of(fake), CLOCK);
    }

    @AfterEach
    void closeChannel() {
        channel.close();
    }

    @Test
    void anAbsenceGoesOverHttp2WithTheDocumentedHeadersAndPayload() {
        String device = deviceToken();
        Attempt attempt = attempt(device, ItemKind.ATTENDANCE, new Message("Vắng mặt: Nguyễn Thị Ánh",
                "Con vắng tiết 1 sáng nay, chưa có phép.", "/hop-thu/12", null, Map.of(), "notice:12"));

        SendResult.Sent sent = assertInstanceOf(SendResult.Sent.class, send(attempt));

        assertEquals(attempt.idempotencyKey().toString(), sent.providerId(), "apns-id is the idempotency key");
        ApnsFake.Received received = fake.received().get(0);
        assertEquals(device, received.deviceToken());
        assertEquals(List.of(HttpVersion.HTTP_2), fake.versions());
        Map<String, String> headers = received.headers();
        assertEquals(ApnsFake.TOPIC, headers.get("apns-topic"));
        assertEquals("alert", headers.get("apns-push-type"));
        assertEquals("10", headers.get("apns-priority"));
        assertEquals(attempt.idempotencyKey().toString(), headers.get("apns-id"));
        assertEquals("notice:12", headers.get("apns-collapse-id"));
        assertEquals(CLOCK.instant().plus(Duration.ofHours(24)).getEpochSecond(),
                Long.parseLong(headers.get("apns-expiration")));
        assertEquals(new JsonObject()
                .put("aps", new JsonObject()
                        .put("alert", new JsonObject().put("title", "Vắng mặt: Nguyễn Thị Ánh")
                                .put("body", "Con vắng tiết 1 sáng nay, chưa có phép."))
                        .put("sound", "default"))
                .put("kind", "ATTENDANCE")
                .put("url", "/hop-thu/12"), received.payload());
    }

    @Test
    void aGradeGoesAtPriorityFiveWithoutCollapseId() {
        assertInstanceOf(SendResult.Sent.class, send(attempt(deviceToken(), ItemKind.GRADE, grade())));

        Map<String, String> headers = fake.received().get(0).headers();
        assertEquals("5", headers.get("apns-priority"));
        assertFalse(headers.containsKey("apns-collapse-id"));
    }

    @Test
    void theEndpointsKeysChooseTheTopicAndTheSandbox() {
        Attempt otherApp = new Attempt(3, UUID.randomUUID(), ChannelName.APNS, deviceToken(),
                "{\"topic\":\"vn.vendor.school\",\"sandbox\":true}", ItemKind.GRADE, false, grade(), 1);

        SendResult.Rejected rejected = assertInstanceOf(SendResult.Rejected.class, send(otherApp));

        assertEquals("APNs 400 TopicDisallowed", rejected.error(), "the fake knows only " + ApnsFake.TOPIC);
        ApnsChannel sandboxOnly = new ApnsChannel(vertx, new TestApnsConfig(Optional.of(fake.signingKeyPem()),
                "https://localhost:1", fake.baseUrl(), fake.certificatePath()), CLOCK);
        try {
            Attempt sandboxed = new Attempt(4, UUID.randomUUID(), ChannelName.APNS, deviceToken(),
                    "{\"topic\":\"" + ApnsFake.TOPIC + "\",\"sandbox\":true}", ItemKind.GRADE, false, grade(), 1);
            assertInstanceOf(SendResult.Sent.class, sandboxOnly.send(sandboxed).await().atMost(WAIT));
            assertEquals(1, fake.received().size(), "production (port 1) was not asked");
        } finally {
            sandboxOnly.close();
        }
    }

    @Test
    void oneProviderJwtServesManySends() {
        List<Uni<SendResult>> sends = IntStream.range(0, 20)
                .mapToObj(i -> channel.send(attempt(deviceToken(), ItemKind.GRADE, grade()))).toList();

        List<SendResult> results = Uni.join().all(sends).andFailFast().await().atMost(WAIT);

        results.forEach(r -> assertInstanceOf(SendResult.Sent.class, r, r::toString));
        assertEquals(1, fake.received().stream().map(ApnsFake.Received::jwt).distinct().count());
    }

    @Test
    void theProviderJwtIsReplacedAfterFiftyMinutes() {
        String device = deviceToken();
        send(attempt(device, ItemKind.GRADE, grade()));
        CLOCK.advance(Duration.ofMinutes(49));
        send(attempt(device, ItemKind.GRADE, grade()));
        CLOCK.advance(Duration.ofMinutes(2));
        assertInstanceOf(SendResult.Sent.class, send(attempt(device, ItemKind.GRADE, grade())));

        List<String> jwts = fake.received().stream().map(ApnsFake.Received::jwt).toList();
        assertEquals(jwts.get(0), jwts.get(1));
        assertNotEquals(jwts.get(1), jwts.get(2));
    }

    @Test
    void anExpiredProviderTokenIsRetriedWithANewOne() {
        String device = deviceToken();
        send(attempt(device, ItemKind.GRADE, grade()));
        fake.expireCurrentProviderToken();

        SendResult.Retry retry = assertInstanceOf(SendResult.Retry.class, send(attempt(device, ItemKind.GRADE,
                grade())));
        assertEquals("APNs 403 ExpiredProviderToken", retry.error());

        CLOCK.advance(Duration.ofMinutes(21));
        assertInstanceOf(SendResult.Sent.class, send(attempt(device, ItemKind.GRADE, grade())));
        List<String> jwts = fake.received().stream().map(ApnsFake.Received::jwt).toList();
        assertNotEquals(jwts.get(0), jwts.get(1));
    }

    @Test
    void aRemovedAppsTokenIsGone() {
        String device = deviceToken();
        fake.answer(device, ApnsFake.Mode.UNREGISTERED);

        SendResult.Gone gone = assertInstanceOf(SendResult.Gone.class, send(attempt(device, ItemKind.GRADE,
                grade())));
        assertEquals("APNs 410 Unregistered", gone.error());
    }

    @Test
    void aMalformedDeviceTokenIsGone() {
        String tooShort = deviceToken().substring(0, 40);

        SendResult.Gone gone = assertInstanceOf(SendResult.Gone.class, send(attempt(tooShort, ItemKind.GRADE,
                grade())));
        assertEquals("APNs 400 BadDeviceToken", gone.error());
        SendResult.Gone local = assertInstanceOf(SendResult.Gone.class, send(attempt("../../2/x", ItemKind.GRADE,
                grade())));
        assertTrue(local.error().contains("not a device token"), local.error());
    }

    @Test
    void aThrottledSendIsRetriedAfterRetryAfter() {
        String device = deviceToken();
        fake.answer(device, ApnsFake.Mode.THROTTLED);

        SendResult.Retry retry = assertInstanceOf(SendResult.Retry.class, send(attempt(device, ItemKind.GRADE,
                grade())));
        assertEquals(Duration.ofSeconds(9), retry.retryAfter());
        assertEquals("APNs 429 TooManyRequests", retry.error());
    }

    @Test
    void serverErrorsAreRetried() {
        String failing = deviceToken();
        String unavailable = deviceToken();
        fake.answer(failing, ApnsFake.Mode.FAILING);
        fake.answer(unavailable, ApnsFake.Mode.UNAVAILABLE);

        SendResult.Retry first = assertInstanceOf(SendResult.Retry.class, send(attempt(failing, ItemKind.GRADE,
                grade())));
        SendResult.Retry second = assertInstanceOf(SendResult.Retry.class, send(attempt(unavailable, ItemKind.GRADE,
                grade())));
        assertNull(first.retryAfter());
        assertEquals("APNs 503 ServiceUnavailable", second.error());
    }

    @Test
    void anUntrustedServerIsNeverSentTo() {
        ApnsChannel trusting = new ApnsChannel(vertx, new TestApnsConfig(Optional.of(fake.signingKeyPem()),
                fake.baseUrl(), fake.baseUrl(), ""), CLOCK);
        try {
            assertInstanceOf(SendResult.Retry.class, trusting.send(attempt(deviceToken(), ItemKind.GRADE, grade()))
                    .await().atMost(WAIT));
            assertEquals(0, fake.requests(), "the JVM's trust store does not know the fake's certificate");
        } finally {
            trusting.close();
        }
    }

    @Test
    void withoutAKeyTheChannelIsOffAndABadKeyStopsTheStart() {
        ApnsChannel off = new ApnsChannel(vertx, new TestApnsConfig(Optional.empty(), fake.baseUrl(),
                fake.baseUrl(), fake.certificatePath()), CLOCK);
        try {
            assertFalse(off.configured());
            assertTrue(channel.configured());
        } finally {
            off.close();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ApnsChannel(vertx,
                new TestApnsConfig(Optional.of("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"),
                        fake.baseUrl(), fake.baseUrl(), fake.certificatePath()), CLOCK));
        assertTrue(e.getMessage().contains("LIENLAC_NOTIFICATIONS_APNS_KEY"), e.getMessage());
    }

    private SendResult send(Attempt attempt) {
        return channel.send(attempt).await().atMost(WAIT);
    }

    private static String deviceToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Message grade() {
        return new Message("Điểm mới: Toán", "Điểm kiểm tra 15 phút: 9", "/diem", null, null, null);
    }

    private static Attempt attempt(String deviceToken, ItemKind kind, Message message) {
        return new Attempt(1, UUID.randomUUID(), ChannelName.APNS, deviceToken, null, kind, false, message, 1);
    }
}

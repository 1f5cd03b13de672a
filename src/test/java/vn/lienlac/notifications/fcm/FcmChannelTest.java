package vn.lienlac.notifications.fcm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.otp.TestClock;
import vn.lienlac.notifications.fakes.FcmFake;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.SendResult;

/** The FCM channel against {@link FcmFake}: real HTTP, a real OAuth assertion signed by Google's auth library. */
class FcmChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static Vertx vertx;
    private static FcmFake fake;
    private TestClock clock;
    private FcmChannel channel;

    @BeforeAll
    static void startFake() throws Exception {
        vertx = Vertx.vertx();
        fake = new FcmFake(vertx.getDelegate());
    }

    @AfterAll
    static void stopFake() throws Exception {
        fake.close();
        vertx.closeAndAwait();
    }

    @BeforeEach
    void newChannel() {
        fake.reset();
        clock = new TestClock();
        channel = new FcmChannel(vertx, new TestFcmConfig(Optional.of(fake.serviceAccountJson()), fake.baseUrl()),
                clock);
    }

    @AfterEach
    void closeChannel() {
        channel.close();
    }

    @Test
    void anAbsenceGoesAtHighPriorityWithTheDocumentedMessage() {
        Attempt attempt = attempt("fcm-token-1", ItemKind.ATTENDANCE, new Message("Vắng mặt: Nguyễn Thị Ánh",
                "Con vắng tiết 1 sáng nay, chưa có phép.", "/hop-thu/12", null, Map.of(), "notice:12"));

        SendResult result = send(attempt);

        SendResult.Sent sent = assertInstanceOf(SendResult.Sent.class, result);
        assertTrue(sent.providerId().startsWith("projects/lienlac-test/messages/"), sent.providerId());
        assertEquals(0, sent.costUnits());
        FcmFake.Received received = fake.received().get(0);
        assertEquals("fcm-token-1", received.token());
        assertEquals(new JsonObject().put("title", "Vắng mặt: Nguyễn Thị Ánh")
                .put("body", "Con vắng tiết 1 sáng nay, chưa có phép."), received.message().getJsonObject("notification"));
        assertEquals(new JsonObject().put("id", attempt.idempotencyKey().toString()).put("kind", "ATTENDANCE")
                .put("url", "/hop-thu/12"), received.message().getJsonObject("data"));
        assertEquals(new JsonObject().put("priority", "HIGH").put("ttl", "86400s").put("collapse_key", "notice:12"),
                received.message().getJsonObject("android"));
    }

    @Test
    void aGradeGoesAtNormalPriorityAndAnUrgentDirectiveAtHigh() {
        Message message = new Message("Điểm mới: Toán", "Điểm kiểm tra 15 phút: 9", "/diem", null, null, null);
        assertInstanceOf(SendResult.Sent.class, send(attempt("fcm-grade", ItemKind.GRADE, message)));
        Attempt urgent = new Attempt(2, UUID.randomUUID(), ChannelName.FCM, "fcm-directive", null, ItemKind.DIRECTIVE,
                true, message, 1);
        assertInstanceOf(SendResult.Sent.class, send(urgent));

        List<FcmFake.Received> received = fake.received();
        assertEquals("NORMAL", received.get(0).message().getJsonObject("android").getString("priority"));
        assertFalse(received.get(0).message().getJsonObject("android").containsKey("collapse_key"));
        assertEquals("HIGH", received.get(1).message().getJsonObject("android").getString("priority"));
    }

    @Test
    void oneAccessTokenServesManySends() {
        List<Uni<SendResult>> sends = IntStream.range(0, 20)
                .mapToObj(i -> channel.send(attempt("fcm-many-" + i, ItemKind.GRADE, grade()))).toList();

        List<SendResult> results = Uni.join().all(sends).andFailFast().await().atMost(WAIT);

        results.forEach(r -> assertInstanceOf(SendResult.Sent.class, r));
        assertEquals(1, fake.tokenRequests());
        assertEquals(20, fake.received().size());
    }

    @Test
    void theAccessTokenIsRenewedShortlyBeforeItExpires() {
        send(attempt("fcm-renew", ItemKind.GRADE, grade()));
        clock.advance(Duration.ofMinutes(54));
        send(attempt("fcm-renew", ItemKind.GRADE, grade()));
        assertEquals(1, fake.tokenRequests(), "an hour-long token is still good 54 minutes later");

        clock.advance(Duration.ofMinutes(2));
        assertInstanceOf(SendResult.Sent.class, send(attempt("fcm-renew", ItemKind.GRADE, grade())));
        assertEquals(2, fake.tokenRequests(), "within 5 minutes of its expiry it is replaced");
    }

    @Test
    void aRefusedBearerIsRetriedAndReplaced() {
        send(attempt("fcm-revoked", ItemKind.GRADE, grade()));
        fake.revokeAccessTokens();

        SendResult.Retry retry = assertInstanceOf(SendResult.Retry.class,
                send(attempt("fcm-revoked", ItemKind.GRADE, grade())));
        assertNull(retry.retryAfter());
        assertTrue(retry.error().contains("401 UNAUTHENTICATED"), retry.error());

        assertInstanceOf(SendResult.Sent.class, send(attempt("fcm-revoked", ItemKind.GRADE, grade())));
        assertEquals(2, fake.tokenRequests());
    }

    @Test
    void anUninstalledAppsTokenIsGone() {
        fake.answer("fcm-uninstalled", FcmFake.Mode.UNREGISTERED);

        SendResult.Gone gone = assertInstanceOf(SendResult.Gone.class,
                send(attempt("fcm-uninstalled", ItemKind.GRADE, grade())));
        assertTrue(gone.error().contains("404 UNREGISTERED"), gone.error());
    }

    @Test
    void aTokenThatIsNotARegistrationTokenIsGone() {
        fake.answer("not-a-token", FcmFake.Mode.INVALID_TOKEN);

        assertInstanceOf(SendResult.Gone.class, send(attempt("not-a-token", ItemKind.GRADE, grade())));
    }

    @Test
    void aThrottledSendIsRetriedAfterRetryAfter() {
        fake.answer("fcm-busy", FcmFake.Mode.THROTTLED);

        SendResult.Retry retry = assertInstanceOf(SendResult.Retry.class,
                send(attempt("fcm-busy", ItemKind.GRADE, grade())));
        assertEquals(Duration.ofSeconds(7), retry.retryAfter());
        assertTrue(retry.error().contains("429 QUOTA_EXCEEDED"), retry.error());
    }

    @Test
    void anUnavailableServiceIsRetried() {
        fake.answer("fcm-down", FcmFake.Mode.UNAVAILABLE);

        SendResult.Retry retry = assertInstanceOf(SendResult.Retry.class,
                send(attempt("fcm-down", ItemKind.GRADE, grade())));
        assertNull(retry.retryAfter());
    }

    @Test
    void anotherProjectsTokenIsRejected() {
        fake.answer("fcm-other-project", FcmFake.Mode.SENDER_MISMATCH);

        SendResult.Rejected rejected = assertInstanceOf(SendResult.Rejected.class,
                send(attempt("fcm-other-project", ItemKind.GRADE, grade())));
        assertTrue(rejected.error().contains("403 SENDER_ID_MISMATCH"), rejected.error());
    }

    @Test
    void anUnreachableServiceIsRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FcmChannel nowhere = new FcmChannel(vertx, new TestFcmConfig(Optional.of(fake.serviceAccountJson()),
                "http://127.0.0.1:" + closedPort), clock);
        try {
            assertInstanceOf(SendResult.Retry.class, nowhere.send(attempt("fcm-x", ItemKind.GRADE, grade()))
                    .await().atMost(WAIT));
        } finally {
            nowhere.close();
        }
    }

    @Test
    void withoutAServiceAccountTheChannelIsOff() {
        FcmChannel off = new FcmChannel(vertx, new TestFcmConfig(Optional.empty(), fake.baseUrl()), clock);
        try {
            assertFalse(off.configured());
            assertTrue(channel.configured());
        } finally {
            off.close();
        }
    }

    @Test
    void anUnreadableKeyStopsTheStartNamingTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new FcmChannel(vertx,
                new TestFcmConfig(Optional.of("{\"type\":\"service_account\"}"), fake.baseUrl()), clock));
        assertTrue(e.getMessage().contains("LIENLAC_NOTIFICATIONS_FCM_SERVICE_ACCOUNT_JSON"), e.getMessage());
    }

    private SendResult send(Attempt attempt) {
        return channel.send(attempt).await().atMost(WAIT);
    }

    private static Message grade() {
        return new Message("Điểm mới: Toán", "Điểm kiểm tra 15 phút: 9", "/diem", null, null, null);
    }

    private static Attempt attempt(String token, ItemKind kind, Message message) {
        return new Attempt(1, UUID.randomUUID(), ChannelName.FCM, token, null, kind, false, message, 1);
    }
}

package vn.lienlac.notifications.webpush;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienlac.notifications.fakes.WebPushServiceFake;
import vn.lienlac.notifications.fakes.WebPushServiceFake.Mode;
import vn.lienlac.notifications.fakes.WebPushServiceFake.Received;
import vn.lienlac.notifications.fakes.WebPushServiceFake.Subscription;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.SendResult;

/**
 * The Web Push channel against a strict push service that checks VAPID and decrypts the payload
 * ({@link WebPushServiceFake}): what it sends, and what each of the service's answers becomes.
 */
@QuarkusTest
class WebPushChannelTest {

    private static WebPushServiceFake service;

    @Inject
    WebPushChannel channel;

    @Inject
    VapidKeyring keyring;

    @BeforeAll
    static void startService() {
        service = new WebPushServiceFake();
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    private Subscription subscribed() {
        return service.subscribe(keyring.publicKey().orElseThrow());
    }

    private static Attempt attempt(Subscription to, ItemKind kind, boolean urgent, Message message) {
        return new Attempt(7, UUID.randomUUID(), ChannelName.WEB_PUSH, to.endpoint(), to.keysJson(), kind, urgent,
                message, 1);
    }

    private static Message absence(String collapseKey) {
        return new Message("Vắng mặt: Nguyễn Thị Ánh", "Con vắng buổi sáng 07/12, chưa có phép.",
                "/hop-thu/12", null, Map.of(), collapseKey);
    }

    private SendResult send(Attempt attempt) {
        return channel.send(attempt).await().atMost(Duration.ofSeconds(20));
    }

    @Test
    void isConfiguredWithTheDevelopmentKeysInTests() {
        assertEquals(ChannelName.WEB_PUSH, channel.name());
        assertTrue(channel.configured());
    }

    @Test
    void sendsTheEncryptedJsonWithAVapidTokenTheServiceAccepts() {
        Subscription parent = subscribed();

        SendResult result = send(attempt(parent, ItemKind.ATTENDANCE, false, absence("chat:12")));

        SendResult.Sent sent = assertInstanceOf(SendResult.Sent.class, result, () -> result + " " + service.refusals());
        assertTrue(sent.providerId().startsWith(service.origin() + "/m/"), sent.providerId());
        assertEquals(0, sent.costUnits());
        List<Received> got = service.receivedBy(parent);
        assertEquals(1, got.size());
        Received push = got.get(0);
        assertEquals(new JsonObject().put("title", "Vắng mặt: Nguyễn Thị Ánh")
                .put("body", "Con vắng buổi sáng 07/12, chưa có phép.").put("url", "/hop-thu/12").put("tag", "chat:12"),
                push.payload());
        assertEquals("86400", push.headers().get("ttl"));
        assertEquals("high", push.headers().get("urgency"), "an absence is important");
        assertEquals(PushPayload.topic("chat:12"), push.headers().get("topic"));
        assertEquals(32, push.headers().get("topic").length());
        assertEquals(service.origin(), push.vapid().getString("aud"));
        assertEquals(VapidKeyring.DEV_SUBJECT, push.vapid().getString("sub"));
    }

    @Test
    void anOrdinaryItemGoesAtNormalUrgencyWithoutTopicOrTag() {
        Subscription parent = subscribed();
        Message grade = new Message("Điểm mới: Toán", "Kiểm tra 15 phút: 9", "/con/HS1/diem", null, Map.of(), null);

        assertInstanceOf(SendResult.Sent.class, send(attempt(parent, ItemKind.GRADE, false, grade)));

        Received push = service.receivedBy(parent).get(0);
        assertEquals("normal", push.headers().get("urgency"));
        assertNull(push.headers().get("topic"));
        assertFalse(push.payload().containsKey("tag"));
    }

    @Test
    void anItemMarkedUrgentGoesAtHighUrgency() {
        Subscription parent = subscribed();
        Message closure = new Message("Nghỉ học khẩn", "Trường nghỉ học chiều nay do mưa bão.", "/hop-thu/3", null,
                Map.of(), "directive-3");

        assertInstanceOf(SendResult.Sent.class, send(attempt(parent, ItemKind.DIRECTIVE, true, closure)));

        Received push = service.receivedBy(parent).get(0);
        assertEquals("high", push.headers().get("urgency"));
        assertEquals("directive-3", push.headers().get("topic"), "an allowed topic is sent as it is");
    }

    @Test
    void aLongBodyIsShortenedToFitTheServicesLimit() {
        Subscription parent = subscribed();
        Message long_ = new Message("Thông báo", "Học sinh ".repeat(1000), "/hop-thu/1", null, Map.of(), null);

        assertInstanceOf(SendResult.Sent.class, send(attempt(parent, ItemKind.ACTIVITY, false, long_)),
                () -> service.refusals().toString());

        Received push = service.receivedBy(parent).get(0);
        assertTrue(push.bodyBytes() <= 4096, "body " + push.bodyBytes());
        assertTrue(push.payload().getString("body").endsWith("…"));
        assertTrue(push.payload().getString("body").startsWith("Học sinh Học sinh"));
    }

    @Test
    void anExpiredSubscriptionIsGone() {
        for (Mode mode : List.of(Mode.GONE, Mode.NOT_FOUND)) {
            Subscription parent = subscribed();
            service.mode(parent, mode);

            SendResult result = send(attempt(parent, ItemKind.GRADE, false, absence(null)));

            assertInstanceOf(SendResult.Gone.class, result, mode::toString);
        }
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheServicesRetryAfter() {
        Subscription parent = subscribed();
        service.mode(parent, Mode.TOO_MANY_REQUESTS);

        SendResult result = send(attempt(parent, ItemKind.GRADE, false, absence(null)));

        SendResult.Retry retry = assertInstanceOf(SendResult.Retry.class, result);
        assertEquals(Duration.ofSeconds(WebPushServiceFake.RETRY_AFTER_SECONDS), retry.retryAfter());
    }

    @Test
    void aServerErrorIsRetried() {
        Subscription parent = subscribed();
        service.mode(parent, Mode.UNAVAILABLE);

        SendResult.Retry retry = assertInstanceOf(SendResult.Retry.class,
                send(attempt(parent, ItemKind.GRADE, false, absence(null))));

        assertNull(retry.retryAfter());
        assertTrue(retry.error().startsWith("HTTP 503"), retry.error());
    }

    @Test
    void aSubscriptionMadeForAnotherServersKeyIsRejected() {
        Subscription elsewhere = service.subscribe(WebPushServiceFake.anotherServersKey());

        SendResult.Rejected rejected = assertInstanceOf(SendResult.Rejected.class,
                send(attempt(elsewhere, ItemKind.GRADE, false, absence(null))));

        assertTrue(rejected.error().startsWith("HTTP 403"), rejected.error());
    }

    @Test
    void aSubscriptionWithUnusableKeysIsGoneWithoutARequest() {
        Subscription parent = subscribed();
        long before = service.requests();
        Attempt broken = new Attempt(8, UUID.randomUUID(), ChannelName.WEB_PUSH, parent.endpoint(),
                "{\"p256dh\":\"AAAA\",\"auth\":\"AAAA\"}", ItemKind.GRADE, false, absence(null), 1);

        byte[] offTheCurve = new byte[65];
        offTheCurve[0] = 4;
        Attempt notAPoint = new Attempt(8, UUID.randomUUID(), ChannelName.WEB_PUSH, parent.endpoint(),
                new JsonObject().put("p256dh", Base64.getUrlEncoder().withoutPadding().encodeToString(offTheCurve))
                        .put("auth", "AAAAAAAAAAAAAAAAAAAAAA").encode(), ItemKind.GRADE, false, absence(null), 1);

        assertInstanceOf(SendResult.Gone.class, send(broken));
        assertInstanceOf(SendResult.Gone.class, send(notAPoint));
        assertEquals(before, service.requests());
    }

    @Test
    void anUnreachableServiceIsRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Subscription parent = subscribed();
        Attempt nowhere = new Attempt(9, UUID.randomUUID(), ChannelName.WEB_PUSH,
                "http://127.0.0.1:" + closedPort + "/push/x", parent.keysJson(), ItemKind.GRADE, false,
                absence(null), 1);

        assertInstanceOf(SendResult.Retry.class, send(nowhere));
    }
}

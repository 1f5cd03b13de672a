package vn.lienlac.notifications.zalo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienlac.notifications.TestConfigs;
import vn.lienlac.notifications.fakes.ZaloFake;
import vn.lienlac.notifications.fakes.ZaloFake.Mode;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.SendResult;

/** The ZNS channel against {@link ZaloFake} over real HTTP: the request, token refresh, and every answer's result. */
class ZaloChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ABSENCE_TEMPLATE = "412345";
    private static final Map<String, String> ABSENCE_DATA = Map.of("student_name", "Nguyễn Thị Ánh",
            "date", "07/12/2026", "school_name", "Trường Tiểu học Đồng Khởi");
    private static final Message ABSENCE = new Message("Vắng mặt: Nguyễn Thị Ánh", "Con vắng mặt tiết 1.",
            "/hop-thu/12", null, ABSENCE_DATA, null);

    private static Vertx vertx;
    private static ZaloFake zalo;
    private static ZaloChannel channel;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        zalo = new ZaloFake();
        zalo.template(ABSENCE_TEMPLATE, "student_name", "date", "school_name");
        channel = new ZaloChannel(TestConfigs.of(ZaloConfig.class, properties(zalo, true)), vertx,
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        channel.close();
        zalo.close();
        vertx.closeAndAwait();
    }

    static Map<String, String> properties(ZaloFake zalo, boolean withAccessToken) {
        Map<String, String> properties = new HashMap<>();
        properties.put("lienlac.notifications.zalo.url", zalo.sendUrl());
        properties.put("lienlac.notifications.zalo.oauth-url", zalo.oauthUrl());
        if (withAccessToken) {
            properties.put("lienlac.notifications.zalo.access-token", ZaloFake.FIRST_TOKEN);
        }
        properties.put("lienlac.notifications.zalo.app-id", ZaloFake.APP_ID);
        properties.put("lienlac.notifications.zalo.app-secret", ZaloFake.APP_SECRET);
        properties.put("lienlac.notifications.zalo.refresh-token", ZaloFake.FIRST_REFRESH);
        properties.put("lienlac.notifications.zalo.templates.attendance", ABSENCE_TEMPLATE);
        properties.put("lienlac.notifications.zalo.timeout", "5s");
        return properties;
    }

    @Test
    void sendsTheTemplateWithDiacriticsAndTheIdempotencyKeyAsTrackingId() {
        UUID key = UUID.randomUUID();

        SendResult result = send("+84912000101", ABSENCE, key);

        ZaloFake.Call call = onlyCall("84912000101");
        assertEquals(new JsonObject().put("phone", "84912000101").put("template_id", ABSENCE_TEMPLATE)
                .put("template_data", new JsonObject(Map.copyOf(ABSENCE_DATA))).put("tracking_id", key.toString()),
                call.body());
        assertEquals(0, call.error());
        assertEquals(new SendResult.Sent(zalo.sent().get(key.toString()), false, 1, null), result);
    }

    @Test
    void theSameTrackingIdAnswersTheFirstMessageAgain() {
        UUID key = UUID.randomUUID();

        SendResult first = send("+84912000102", ABSENCE, key);
        SendResult again = send("+84912000102", ABSENCE, key);

        assertEquals(first, again);
        assertEquals(1, zalo.sent().keySet().stream().filter(key.toString()::equals).count());
    }

    @Test
    void aPhoneWithoutZaloIsRejectedSoSmsGoesNext() {
        zalo.mode("+84912000103", Mode.NO_ZALO);
        zalo.mode("+84912000104", Mode.CANNOT_RECEIVE);
        zalo.mode("+84912000105", Mode.USER_REFUSED);

        assertEquals(new SendResult.Rejected("ZNS error -118 (Zalo account not existed)"),
                send("+84912000103", ABSENCE, UUID.randomUUID()));
        assertEquals(new SendResult.Rejected("ZNS error -119 (account cannot receive ZNS)"),
                send("+84912000104", ABSENCE, UUID.randomUUID()));
        assertInstanceOf(SendResult.Rejected.class, send("+84912000105", ABSENCE, UUID.randomUUID()));
    }

    @Test
    void anInvalidPhoneIsRejected() {
        // 84 + a landline prefix: not a mobile number that Zalo takes
        assertEquals(new SendResult.Rejected("ZNS error -108 (phone number invalid)"),
                send("+842838123456", ABSENCE, UUID.randomUUID()));
        assertInstanceOf(SendResult.Rejected.class, send("+6591234567", ABSENCE, UUID.randomUUID()));
    }

    @Test
    void quotaAndRateLimitsAreRetried() {
        zalo.mode("+84912000106", Mode.OUT_OF_QUOTA);
        zalo.mode("+84912000107", Mode.RATE_LIMITED);
        zalo.mode("+84912000108", Mode.DOWN);

        assertEquals(new SendResult.Retry(null, "ZNS error -115 (out of quota)"),
                send("+84912000106", ABSENCE, UUID.randomUUID()));
        assertEquals(new SendResult.Retry(Duration.ofSeconds(30), "Zalo answered HTTP 429"),
                send("+84912000107", ABSENCE, UUID.randomUUID()));
        assertEquals(new SendResult.Retry(null, "Zalo answered HTTP 502"),
                send("+84912000108", ABSENCE, UUID.randomUUID()));
    }

    @Test
    void aMissingTemplateParameterIsRejectedByZalo() {
        Message noSchool = new Message("t", "b", "/u", null, Map.of("student_name", "Lê Văn Đức",
                "date", "07/12/2026"), null);

        assertEquals(new SendResult.Rejected("ZNS error -112 (template data invalid)"),
                send("+84912000109", noSchool, UUID.randomUUID()));
    }

    @Test
    void anExpiredTokenIsRefreshedAndTheMessageSentOnce() {
        int before = zalo.refreshes();
        zalo.expireToken();
        UUID key = UUID.randomUUID();

        SendResult result = send("+84912000110", ABSENCE, key);

        assertInstanceOf(SendResult.Sent.class, result);
        assertEquals(before + 1, zalo.refreshes());
        List<ZaloFake.Call> calls = calls("84912000110");
        assertEquals(List.of(-124, 0), calls.stream().map(ZaloFake.Call::error).toList());
        assertEquals("zalo-token-refreshed-" + (before + 1), calls.get(1).token());

        // the refresh token rotated: the next expiry is refreshed with the new one
        zalo.expireToken();
        assertInstanceOf(SendResult.Sent.class, send("+84912000111", ABSENCE, UUID.randomUUID()));
        assertEquals(before + 2, zalo.refreshes());
    }

    @Test
    void withoutAnAccessTokenTheChannelRefreshesFirst() {
        try (ZaloFake own = new ZaloFake()) {
            own.template(ABSENCE_TEMPLATE, "student_name", "date", "school_name");
            ZaloChannel fresh = new ZaloChannel(TestConfigs.of(ZaloConfig.class, properties(own, false)), vertx,
                    Clock.systemUTC());
            assertTrue(fresh.configured());

            SendResult result = fresh.send(attempt("+84912000112", ABSENCE, UUID.randomUUID())).await().atMost(WAIT);

            assertInstanceOf(SendResult.Sent.class, result);
            assertEquals(1, own.refreshes());
            assertEquals(List.of(0), own.calls().stream().map(ZaloFake.Call::error).toList());
            fresh.close();
        }
    }

    @Test
    void aKindWithoutTemplateIsRejectedWithoutACall() {
        int before = zalo.calls().size();

        SendResult result = channel.send(new Attempt(1, UUID.randomUUID(), ChannelName.ZALO, "+84912000113", null,
                ItemKind.GRADE, false, ABSENCE, 1)).await().atMost(WAIT);

        assertInstanceOf(SendResult.Rejected.class, result);
        assertFalse(zalo.calls().size() > before);
    }

    private static SendResult send(String phone, Message message, UUID key) {
        return channel.send(attempt(phone, message, key)).await().atMost(WAIT);
    }

    private static Attempt attempt(String phone, Message message, UUID key) {
        return new Attempt(1, key, ChannelName.ZALO, phone, null, ItemKind.ATTENDANCE, false, message, 1);
    }

    private static List<ZaloFake.Call> calls(String phone) {
        return zalo.calls().stream().filter(c -> c.body() != null && phone.equals(c.body().getString("phone")))
                .toList();
    }

    private static ZaloFake.Call onlyCall(String phone) {
        List<ZaloFake.Call> calls = calls(phone);
        assertEquals(1, calls.size(), "calls for " + phone + ": " + zalo.calls());
        return calls.get(0);
    }
}

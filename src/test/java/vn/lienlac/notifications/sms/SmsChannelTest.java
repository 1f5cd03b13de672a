package vn.lienlac.notifications.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import vn.lienlac.notifications.fakes.SmsGatewayFake;
import vn.lienlac.notifications.fakes.SmsGatewayFake.Mode;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.SendResult;

/** The SMS channel against {@link SmsGatewayFake} over real HTTP: the request, and every answer's SendResult. */
class SmsChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Message ABSENCE = new Message("Vắng mặt: Nguyễn Thị Ánh",
            "Con vắng mặt tiết 1 ngày 07/12, chưa có đơn xin phép.", "/hop-thu/12", null, Map.of(), null);

    private static Vertx vertx;
    private static SmsGatewayFake gateway;
    private static SmsChannel channel;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        gateway = new SmsGatewayFake();
        channel = new SmsChannel(TestConfigs.of(SmsConfig.class, properties(gateway.url())), vertx, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        channel.close();
        gateway.close();
        vertx.closeAndAwait();
    }

    /** docs/notifications.md's example gateway: JSON with a bearer key, a result code and a message id. */
    static Map<String, String> properties(String url) {
        Map<String, String> properties = new HashMap<>();
        properties.put("lienlac.notifications.sms.url", url);
        properties.put("lienlac.notifications.sms.headers.Authorization", "Bearer " + SmsGatewayFake.KEY);
        properties.put("lienlac.notifications.sms.body-template", "{\"to\":\"{phone}\",\"brandname\":\"{brandname}\","
                + "\"text\":\"{message}\",\"unicode\":\"{unicode}\",\"requestId\":\"{idempotencyKey}\"}");
        properties.put("lienlac.notifications.sms.timeout", "5s"); // the machine may be loaded
        properties.put("lienlac.notifications.sms.encodings.health", "UNICODE");
        properties.put("lienlac.notifications.sms.texts.grade", "Điểm {subject}: {score}. {title}");
        properties.put("lienlac.notifications.sms.provider-id-pointer", "/data/id");
        properties.put("lienlac.notifications.sms.success-pointer", "/code");
        properties.put("lienlac.notifications.sms.retry-values", "103,429");
        return properties;
    }

    @Test
    void gsm7TemplateSendsTransliteratedTextWithTheIdempotencyKey() {
        UUID key = UUID.randomUUID();

        SendResult result = send("+84912000001", ItemKind.ATTENDANCE, ABSENCE, key);

        String text = "Thong bao diem danh. Vang mat: Nguyen Thi Anh. Con vang mat tiet 1 ngay 07/12, chua co don xin "
                + "phep. Xem chi tiet trong ung dung Lien Lac.";
        JsonObject body = onlyCall("+84912000001").body();
        assertEquals(new JsonObject().put("to", "+84912000001").put("brandname", "LIENLAC").put("text", text)
                .put("unicode", "0").put("requestId", key.toString()), body);
        assertEquals(new SendResult.Sent(gateway.sent().get(key.toString()), false, 1, 1), result);
    }

    @Test
    void unicodeTemplateKeepsDiacriticsAndCountsUcs2Segments() {
        Message health = new Message("Sức khỏe: Nguyễn Thị Ánh", "Con bị sốt 38,5 độ lúc 10 giờ, đã được nghỉ ở phòng "
                + "y tế.", "/hop-thu/13", null, Map.of(), null);

        SendResult result = send("+84912000002", ItemKind.HEALTH, health, UUID.randomUUID());

        JsonObject body = onlyCall("+84912000002").body();
        String text = "Thông báo sức khỏe. Sức khỏe: Nguyễn Thị Ánh. Con bị sốt 38,5 độ lúc 10 giờ, đã được nghỉ ở "
                + "phòng y tế. Xem chi tiết trong ứng dụng Liên Lạc.";
        assertEquals(text, body.getString("text"));
        assertEquals("1", body.getString("unicode"));
        assertEquals(3, ((SendResult.Sent) result).segments()); // 140 UTF-16 units: 67 + 67 + 6
        assertEquals(3, ((SendResult.Sent) result).costUnits());
    }

    @Test
    void templateParametersFillTheKindsText() {
        Message grade = new Message("Điểm mới: Toán", "Điểm kiểm tra 15 phút", "/diem", null,
                Map.of("subject", "Toán", "score", "9,5"), null);

        SendResult result = send("+84912000003", ItemKind.GRADE, grade, UUID.randomUUID());

        assertInstanceOf(SendResult.Sent.class, result, result.toString());

        assertEquals("Diem Toan: 9,5. Diem moi: Toan", onlyCall("+84912000003").body().getString("text"));
    }

    @Test
    void aRetryWithTheSameKeyIsNotASecondMessage() {
        UUID key = UUID.randomUUID();

        SendResult first = send("+84912000004", ItemKind.ATTENDANCE, ABSENCE, key);
        SendResult again = send("+84912000004", ItemKind.ATTENDANCE, ABSENCE, key);

        assertEquals(((SendResult.Sent) first).providerId(), ((SendResult.Sent) again).providerId());
        assertEquals(1, gateway.sent().keySet().stream().filter(key.toString()::equals).count());
    }

    @Test
    void tooManyRequestsIsRetriedAfterItsRetryAfter() {
        gateway.mode("+84912000005", Mode.RATE_LIMITED);

        assertEquals(new SendResult.Retry(Duration.ofSeconds(7), "SMS gateway answered HTTP 429"),
                send("+84912000005", ItemKind.ATTENDANCE, ABSENCE, UUID.randomUUID()));
    }

    @Test
    void serverErrorIsRetried() {
        gateway.mode("+84912000006", Mode.DOWN);

        assertEquals(new SendResult.Retry(null, "SMS gateway answered HTTP 503"),
                send("+84912000006", ItemKind.ATTENDANCE, ABSENCE, UUID.randomUUID()));
    }

    @Test
    void noAnswerWithinTheTimeoutIsRetried() {
        gateway.mode("+84912000007", Mode.NO_ANSWER);

        SendResult result = send("+84912000007", ItemKind.ATTENDANCE, ABSENCE, UUID.randomUUID());

        assertInstanceOf(SendResult.Retry.class, result);
        assertNull(((SendResult.Retry) result).retryAfter());
    }

    @Test
    void invalidPhoneIsRejected() {
        gateway.mode("+84912000008", Mode.INVALID_PHONE);

        assertEquals(new SendResult.Rejected("SMS gateway answered HTTP 400"),
                send("+84912000008", ItemKind.ATTENDANCE, ABSENCE, UUID.randomUUID()));
    }

    @Test
    void errorCodeInsideA200IsReadByTheSuccessCheck() {
        gateway.mode("+84912000009", Mode.INVALID_PHONE_IN_200);
        gateway.mode("+84912000010", Mode.OUT_OF_BALANCE_IN_200);

        assertEquals(new SendResult.Rejected("SMS gateway answered HTTP 200 with result 108"),
                send("+84912000009", ItemKind.ATTENDANCE, ABSENCE, UUID.randomUUID()));
        assertEquals(new SendResult.Retry(null, "SMS gateway answered HTTP 200 with result 103"),
                send("+84912000010", ItemKind.ATTENDANCE, ABSENCE, UUID.randomUUID()));
    }

    @Test
    void aTextNeedingAMissingParameterIsRejectedWithoutACall() {
        Message noScore = new Message("Điểm mới: Toán", "b", "/diem", null, Map.of("subject", "Toán"), null);

        SendResult result = send("+84912000011", ItemKind.GRADE, noScore, UUID.randomUUID());

        assertInstanceOf(SendResult.Rejected.class, result);
        assertTrue(((SendResult.Rejected) result).error().contains("[score]"));
        assertEquals(List.of(), gateway.calls().stream().filter(c -> c.body() != null
                && "+84912000011".equals(c.body().getString("to"))).toList());
    }

    @Test
    void anAddressThatIsNotAPhoneIsRejected() {
        assertInstanceOf(SendResult.Rejected.class, send("0912000012", ItemKind.ATTENDANCE, ABSENCE,
                UUID.randomUUID()));
    }

    private static SendResult send(String phone, ItemKind kind, Message message, UUID key) {
        return channel.send(new Attempt(1, key, ChannelName.SMS, phone, null, kind, false, message, 1))
                .await().atMost(WAIT);
    }

    private static SmsGatewayFake.Call onlyCall(String phone) {
        List<SmsGatewayFake.Call> calls = gateway.calls().stream()
                .filter(c -> c.body() != null && phone.equals(c.body().getString("to"))).toList();
        assertEquals(1, calls.size(), "calls for " + phone + ": " + gateway.calls());
        assertNull(calls.get(0).refusal(), "the gateway refused the request");
        return calls.get(0);
    }
}

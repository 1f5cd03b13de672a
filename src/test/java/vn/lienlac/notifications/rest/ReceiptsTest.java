package vn.lienlac.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienlac.notifications.OutboxFixture;
import vn.lienlac.notifications.fakes.ZaloFake;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;

/**
 * Delivery receipts against real PostgreSQL: Zalo's signed webhook event and an SMS gateway's report mark the row
 * that carries the provider's id. The keys are the %test ones of application.properties.
 */
@QuarkusTest
class ReceiptsTest {

    private static final String ZALO = "/api/v1/notifications/receipts/zalo";
    private static final String SMS = "/api/v1/notifications/receipts/sms";
    private static final String SMS_SECRET = "test-only-sms-receipt-secret";

    @Inject
    OutboxFixture outbox;

    @Test
    void zaloReceivedEventMarksTheMessageDelivered() {
        String msgId = "zns-" + UUID.randomUUID();
        long row = sentRow(ChannelName.ZALO, msgId);
        String timestamp = "1765112460000";
        String event = ZaloFake.receivedEvent(msgId, timestamp);

        postZalo(event, ZaloFake.signature(ZaloFake.APP_ID, event, timestamp, ZaloFake.OA_SECRET))
                .statusCode(200).body("updated", equalTo(true));
        assertEquals("DELIVERED", outbox.get(row).state());

        // Zalo repeats events: the second changes nothing and is still acknowledged
        postZalo(event, ZaloFake.signature(ZaloFake.APP_ID, event, timestamp, ZaloFake.OA_SECRET))
                .statusCode(200).body("updated", equalTo(false));
    }

    @Test
    void zaloEventWithAWrongSignatureIsRefused() {
        String msgId = "zns-" + UUID.randomUUID();
        long row = sentRow(ChannelName.ZALO, msgId);
        String timestamp = "1765112460000";
        String event = ZaloFake.receivedEvent(msgId, timestamp);
        String forged = ZaloFake.signature(ZaloFake.APP_ID, event, timestamp, "not-the-oa-secret");
        String tampered = ZaloFake.receivedEvent(msgId, "1765112460001");

        postZalo(event, forged).statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        postZalo(tampered, ZaloFake.signature(ZaloFake.APP_ID, event, timestamp, ZaloFake.OA_SECRET))
                .statusCode(401);
        given().contentType(ContentType.JSON).body(event).when().post(ZALO).then().statusCode(401);
        assertEquals("SENT", outbox.get(row).state());
    }

    @Test
    void zaloEventForAnUnknownMessageIsAcknowledgedAndIgnored() {
        String timestamp = "1765112460000";
        String event = ZaloFake.receivedEvent("zns-unknown-" + UUID.randomUUID(), timestamp);

        postZalo(event, ZaloFake.signature(ZaloFake.APP_ID, event, timestamp, ZaloFake.OA_SECRET))
                .statusCode(200).body("updated", equalTo(false));
    }

    @Test
    void smsDeliveryReportMarksDeliveredOrFailed() {
        String delivered = "sms-" + UUID.randomUUID();
        String failed = "sms-" + UUID.randomUUID();
        long deliveredRow = sentRow(ChannelName.SMS, delivered);
        long failedRow = sentRow(ChannelName.SMS, failed);

        postSms("{\"id\":\"" + delivered + "\",\"status\":\"DELIVERED\"}", SMS_SECRET)
                .statusCode(200).body("updated", equalTo(true));
        postSms("{\"id\":\"" + failed + "\",\"status\":\"UNDELIVERED\"}", SMS_SECRET)
                .statusCode(200).body("updated", equalTo(true));

        assertEquals("DELIVERED", outbox.get(deliveredRow).state());
        assertEquals("FAILED", outbox.get(failedRow).state());
    }

    @Test
    void smsReportWithoutTheSecretIsRefused() {
        String id = "sms-" + UUID.randomUUID();
        long row = sentRow(ChannelName.SMS, id);
        String report = "{\"id\":\"" + id + "\",\"status\":\"DELIVERED\"}";

        postSms(report, "wrong").statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        given().contentType(ContentType.JSON).body(report).when().post(SMS).then().statusCode(401);
        assertEquals("SENT", outbox.get(row).state());
    }

    @Test
    void smsReportWithoutAnIdIsAProblem() {
        postSms("{\"status\":\"DELIVERED\"}", SMS_SECRET).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    /** A SENT row with the provider's id, due far ahead so that the pod's sender leaves it alone. */
    private long sentRow(ChannelName channel, String providerId) {
        Instant later = Instant.now().plus(Duration.ofDays(365));
        long item = outbox.item(ItemKind.ATTENDANCE, false, null, null, Instant.now());
        long row = outbox.row(item, 0, channel, "+84912000201", null, later);
        outbox.execute("UPDATE outbox SET state = 'SENT', provider_id = $2, sent_at = now() WHERE id = $1", row,
                providerId);
        return row;
    }

    private static io.restassured.response.ValidatableResponse postZalo(String body, String signature) {
        return given().contentType(ContentType.JSON).header("X-ZEvent-Signature", signature).body(body)
                .when().post(ZALO).then();
    }

    private static io.restassured.response.ValidatableResponse postSms(String body, String secret) {
        return given().contentType(ContentType.JSON).header("X-Lienlac-Receipt-Secret", secret).body(body)
                .when().post(SMS).then();
    }
}

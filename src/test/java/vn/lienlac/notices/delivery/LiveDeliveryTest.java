package vn.lienlac.notices.delivery;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.lienlac.notices.NoticesApi.absence;
import static vn.lienlac.notices.NoticesApi.get;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ws.ChatClient;
import vn.lienlac.identity.otp.TestClock;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;

/** Notices reach guardians through their chat inbox: live when connected, on sync when they come back. */
@QuarkusTest
class LiveDeliveryTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ABSENT = "Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, không có phép.";

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    NoticeScene scenes;

    private final TestClock clock = new TestClock();
    private Scene s;

    @BeforeEach
    void daytime() {
        QuarkusMock.installMockForType(clock, Clock.class);
        s = scenes.create();
        // After the tokens are issued (the token check uses the real clock). Yesterday's 10:00, not today's: the
        // sign-in session is checked against this clock, and today's 10:00 is in the future between midnight and
        // 10:00 in Vietnam, which expired the sessions and failed this test at those hours.
        clock.set(LocalDate.now(VN).minusDays(1).atTime(LocalTime.of(10, 0)).atZone(VN).toInstant());
    }

    @Test
    void connectedGuardianGetsTheNoticeLiveAndTheOfflineOneOnResume() {
        try (ChatClient father = ChatClient.connect(uri, s.father().token())) {
            father.sync(new JsonObject());

            publish(s.portal(), s.school(), "attendance", absence("vang-1", s.an())).then().statusCode(200);

            JsonObject item = father.await(f -> "event".equals(f.getString("type")) && "item".equals(f.getString("kind")));
            assertEquals(ABSENT, item.getString("text"));
            assertFalse(item.getBoolean("silent"));
            assertEquals("notice", item.getJsonObject("data").getString("topic"));
            assertEquals("ATTENDANCE", item.getJsonObject("data").getString("category"));
        }
        try (ChatClient mother = ChatClient.connect(uri, s.mother().token())) {
            mother.sync(new JsonObject());

            JsonObject item = mother.await(f -> "event".equals(f.getString("type")) && "item".equals(f.getString("kind")));
            assertEquals(ABSENT, item.getString("text"));
        }
    }

    @Test
    void correctionAndWithdrawalTargetTheGuardiansItem() {
        try (ChatClient father = ChatClient.connect(uri, s.father().token())) {
            father.sync(new JsonObject());
            publish(s.portal(), s.school(), "attendance", absence("vang-1", s.an())).then().statusCode(200);
            JsonObject item = father.await(f -> "item".equals(f.getString("kind")));
            Map<String, Object> changed = new HashMap<>(absence("vang-1", s.an()));
            changed.put("status", "CO_PHEP");

            publish(s.portal(), s.school(), "attendance", changed).then().statusCode(200);
            JsonObject correction = father.await(f -> "item_corrected".equals(f.getString("kind")));
            publish(s.portal(), s.school(), "attendance", Map.of("sourceId", "vang-1", "deleted", true))
                    .then().statusCode(200);
            JsonObject withdrawal = father.await(f -> "item_withdrawn".equals(f.getString("kind")));

            assertEquals(item.getLong("seq"), correction.getLong("targetSeq"));
            assertEquals("Đính chính: Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, có phép.",
                    correction.getString("text"));
            assertEquals(item.getLong("seq"), withdrawal.getLong("targetSeq"));
        }
    }

    @Test
    void deliveryReportFollowsTheGuardiansReceiptsAndReading() {
        JsonPath batch = publish(s.portal(), s.school(), "attendance", absence("vang-1", s.an())).then()
                .statusCode(200).extract().jsonPath();
        String report = "/schools/{school}/reports/batches/{id}";
        get(s.principal(), report, s.school(), batch.getString("batchId")).then().statusCode(200)
                .body("guardians", equalTo(2)).body("received", equalTo(0)).body("read", equalTo(0));

        try (ChatClient father = ChatClient.connect(uri, s.father().token())) {
            father.sync(new JsonObject());
            JsonObject item = father.await(f -> "item".equals(f.getString("kind")));
            long inbox = item.getLong("conversationId");
            long seq = item.getLong("seq");
            father.send(new JsonObject().put("type", "delivered").put("ref", "d1").put("conversationId", inbox)
                    .put("seq", seq));
            father.answer("d1");
            father.send(new JsonObject().put("type", "read").put("ref", "r1").put("conversationId", inbox)
                    .put("seq", seq));
            father.answer("r1");
        }

        get(s.principal(), report, s.school(), batch.getString("batchId")).then().statusCode(200)
                .body("guardians", equalTo(2)).body("received", equalTo(1)).body("read", equalTo(1));
    }
}

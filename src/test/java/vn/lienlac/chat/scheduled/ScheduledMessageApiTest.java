package vn.lienlac.chat.scheduled;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.conversations.SchoolScene;
import vn.lienlac.chat.conversations.SchoolScenes;
import vn.lienlac.identity.otp.TestClock;

/**
 * A teacher writing to a parent after 21:00 is offered "Gửi lúc 06:30 sáng mai"; a scheduled message is stored, seen
 * by nobody until its time, then sent once under its client id; its author may cancel it before (a cancelled one never
 * goes; after it went, 409) (docs/chat-rest.md, "Send later").
 */
@QuarkusTest
class ScheduledMessageApiTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    SchoolScenes scenes;

    @Inject
    ScheduledMessages scheduled;

    @Inject
    vn.lienlac.notifications.policy.PolicyConfig policy;

    @Inject
    vn.lienlac.platform.time.TimeConfig time;

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @Inject
    vn.lienlac.directory.TestSchools db;

    private final TestClock clock = new TestClock();
    private SchoolScene scene;
    private long dm;

    @BeforeEach
    void conversation() {
        QuarkusMock.installMockForType(clock, Clock.class);
        QuarkusMock.installMockForType(new SendLaterOffer(clock, policy, time, true), SendLaterOffer.class);
        scene = scenes.create();
        dm = scene.as("gAn").body(Map.of("with", scene.p("hr6"))).post("/direct").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void after21TheComposerIsOffered0630TomorrowAndNotInTheDay() {
        LocalDate yesterday = LocalDate.now(VN).minusDays(1);
        clock.set(yesterday.atTime(LocalTime.of(21, 15)).atZone(VN).toInstant());
        scene.as("hr6").get("/me/send-later").then().statusCode(200).body("offer", equalTo(true))
                .body("label", equalTo("Gửi lúc 06:30 sáng mai"))
                .body("sendAt", equalTo(yesterday.plusDays(1) + "T06:30:00+07:00"));
        clock.set(yesterday.atTime(LocalTime.of(5, 0)).atZone(VN).toInstant());
        scene.as("hr6").get("/me/send-later").then().statusCode(200).body("label", equalTo("Gửi lúc 06:30 sáng nay"));
        clock.set(yesterday.atTime(LocalTime.of(14, 0)).atZone(VN).toInstant());
        scene.as("hr6").get("/me/send-later").then().statusCode(200).body("offer", equalTo(false));
    }

    @Test
    void aScheduledMessageGoesAtItsTimeOnce() {
        clock.set(Instant.now());
        Instant at = Instant.now().plus(Duration.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        long id = scene.as("hr6").body(Map.of("text", "Chào chị, mai con nhớ mang áo khoác nhé.",
                        "sendAt", at.atZone(VN).toOffsetDateTime().toString(), "clientId", "hen-1"))
                .post("/conversations/{id}/scheduled", dm).then().statusCode(201).body("state", equalTo("SCHEDULED"))
                .extract().jsonPath().getLong("id");
        assertEquals(0, messages(), "the parent sees nothing yet");
        scene.as("gAn").get("/me/scheduled").then().statusCode(200).body("id", not(hasItem((int) id)));

        scheduled.sendDue(at).await().indefinitely();
        scheduled.sendDue(at.plusSeconds(1)).await().indefinitely();

        assertEquals(1, messages());
        scene.as("gAn").get("/conversations/{id}/events?after=0", dm).then().statusCode(200)
                .body("events.findAll { it.kind == 'message' }.text",
                        equalTo(List.of("Chào chị, mai con nhớ mang áo khoác nhé.")))
                .body("events.findAll { it.kind == 'message' }.sender", equalTo(List.of(scene.p("hr6"))));
        scene.as("hr6").get("/me/scheduled").then().statusCode(200)
                .body("find { it.id == " + id + " }.state", equalTo("SENT"));
        scene.as("hr6").delete("/me/scheduled/{id}", id).then().statusCode(409)
                .body("detail", equalTo("Tin nhắn đã được gửi, không thể hủy nữa."));
    }

    @Test
    void aCancelledMessageNeverGoesAndOnlyItsAuthorCancels() {
        clock.set(Instant.now());
        Instant at = Instant.now().plus(Duration.ofHours(8));
        long id = scheduleByTeacher("Tin hẹn giờ sẽ hủy.", at);

        scene.as("gAn").delete("/me/scheduled/{id}", id).then().statusCode(404);
        scene.as("hr6").delete("/me/scheduled/{id}", id).then().statusCode(200).body("state", equalTo("CANCELLED"));
        scheduled.sendDue(at.plusSeconds(5)).await().indefinitely();

        assertEquals(0, messages());
    }

    @Test
    void aMessageWhoseAuthorLeftTheConversationIsNotSentAndTheAuthorSeesWhy() {
        clock.set(Instant.now());
        Instant at = Instant.now().plus(Duration.ofHours(8));
        long id = scheduleByTeacher("Tin hẹn giờ của người đã rời nhóm.", at);
        pool.preparedQuery("UPDATE conversation_member SET active = false, left_at = now() "
                + "WHERE conversation_id = $1 AND participant = $2")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(dm, scene.p("hr6"))).await().indefinitely();

        scheduled.sendDue(at.plusSeconds(1)).await().indefinitely();

        assertEquals(0, messages());
        scene.as("hr6").get("/me/scheduled").then().statusCode(200)
                .body("find { it.id == " + id + " }.state", equalTo("FAILED"))
                .body("find { it.id == " + id + " }.failureCode", equalTo("NOT_PERMITTED"))
                .body("find { it.id == " + id + " }.failure",
                        equalTo("Người hẹn gửi không còn là thành viên của cuộc trò chuyện này."));
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'CHAT_SCHEDULE_FAILED' "
                + "AND outcome = 'FAILURE' AND subject = $1 AND details->>'code' = 'NOT_PERMITTED'",
                String.valueOf(id)));
        scene.as("hr6").delete("/me/scheduled/{id}", id).then().statusCode(409)
                .body("detail", equalTo("Tin nhắn này đã không gửi được; không còn gì để hủy."));
    }

    @Test
    void aNonMemberOrABadTimeIsRefused() {
        clock.set(Instant.now());
        String later = Instant.now().plus(Duration.ofHours(1)).atZone(VN).toOffsetDateTime().toString();
        scene.as("gBinh").body(Map.of("text", "Xin chào", "sendAt", later))
                .post("/conversations/{id}/scheduled", dm).then().statusCode(404);
        scene.as("hr6").body(Map.of("text", "Xin chào", "sendAt", Instant.now().minusSeconds(60).atZone(VN)
                        .toOffsetDateTime().toString()))
                .post("/conversations/{id}/scheduled", dm).then().statusCode(400)
                .body("detail", equalTo("Thời điểm hẹn gửi phải ở sau thời điểm hiện tại."));
    }

    /** The homeroom teacher schedules this text in the direct conversation; answers the scheduled message's id. */
    private long scheduleByTeacher(String text, Instant at) {
        return scene.as("hr6").body(Map.of("text", text, "sendAt", at.atZone(VN).toOffsetDateTime().toString()))
                .post("/conversations/{id}/scheduled", dm).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long messages() {
        return scene.as("gAn").get("/conversations/{id}/events?after=0", dm).then().statusCode(200).extract()
                .jsonPath().getList("events.findAll { it.kind == 'message' }").size();
    }
}

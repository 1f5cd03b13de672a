package vn.lienlac.notices.scheduled;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.absence;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;

/**
 * A batch with {@code sendAt} is checked now (bad records answered now, per record) and published by the job at its
 * time, once; its sender lists and may cancel it before (a cancelled batch never goes; after it went, 409); both are
 * audited (docs/notices.md, "Scheduled batches").
 */
@QuarkusTest
class ScheduledNoticeApiTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    NoticeScene scenes;

    @Inject
    ScheduledNotices scheduled;

    @Inject
    TestSchools db;

    private Scene s;

    @BeforeEach
    void scene() {
        s = scenes.create();
    }

    @Test
    void aScheduledBatchGoesAtItsTimeOnceAndBadRecordsAreAnsweredNow() {
        Instant at = Instant.now().plus(Duration.ofHours(9)).truncatedTo(ChronoUnit.SECONDS);
        JsonPath answer = schedule(s.portal(), List.of(absence("hen-1", s.an()), absence("hen-2", "HS-KHONG-CO")),
                at).then().statusCode(200)
                .body("sendAt", equalTo(at.toString()))
                .body("counts.scheduled", equalTo(1)).body("counts.rejected", equalTo(1))
                .body("records[0].outcome", equalTo("scheduled"))
                .body("records[1].outcome", equalTo("rejected")).body("records[1].code", equalTo("UNKNOWN_STUDENT"))
                .extract().jsonPath();
        String id = answer.getString("batchId");
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'NOTICE_SCHEDULED' AND subject = $1",
                id));

        scheduled.sendDue(at.minusSeconds(1)).await().indefinitely();
        assertEquals(0, delivered("hen-1"), "nothing before its time");
        given().auth().oauth2(s.portal()).get("/api/v1/notices/schools/{s}/scheduled", s.school())
                .then().statusCode(200).body("find { it.id == '" + id + "' }.state", equalTo("SCHEDULED"))
                .body("find { it.id == '" + id + "' }.records", equalTo(1));

        scheduled.sendDue(at).await().indefinitely();
        scheduled.sendDue(at.plusSeconds(30)).await().indefinitely();

        assertEquals(2, delivered("hen-1"), "both of An's parents, once each");
        given().auth().oauth2(s.portal()).get("/api/v1/notices/schools/{s}/scheduled", s.school())
                .then().statusCode(200).body("find { it.id == '" + id + "' }.state", equalTo("SENT"));
        given().auth().oauth2(s.portal()).delete("/api/v1/notices/schools/{s}/scheduled/{id}", s.school(), id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Lô thông báo đã được gửi, không thể hủy lịch gửi nữa."));
    }

    @Test
    void aCancelledBatchNeverGoes() {
        Instant at = Instant.now().plus(Duration.ofHours(10));
        String id = schedule(s.principal(), List.of(absence("huy-1", s.binh())), at).then().statusCode(200)
                .extract().path("batchId");

        given().auth().oauth2(s.mathsTeacher()).delete("/api/v1/notices/schools/{s}/scheduled/{id}", s.school(), id)
                .then().statusCode(404);
        given().auth().oauth2(s.principal()).delete("/api/v1/notices/schools/{s}/scheduled/{id}", s.school(), id)
                .then().statusCode(200).body("state", equalTo("CANCELLED"));
        scheduled.sendDue(at.plusSeconds(60)).await().indefinitely();

        assertEquals(0, delivered("huy-1"));
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'NOTICE_SCHEDULE_CANCELLED' "
                + "AND subject = $1", id));
    }

    @Test
    void aTimeInThePastOrMoreThan30DaysAheadIsRefused() {
        schedule(s.portal(), List.of(absence("qua-khu", s.an())), Instant.now().minusSeconds(5)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Thời điểm hẹn gửi phải ở sau thời điểm hiện tại."));
        schedule(s.portal(), List.of(absence("xa-qua", s.an())), Instant.now().plus(Duration.ofDays(30)).plusSeconds(60))
                .then().statusCode(400).body("detail", equalTo("Chỉ hẹn giờ gửi được trong vòng 30 ngày tới."));
    }

    @Test
    void aTeacherMayNotScheduleAnUrgentBatch() {
        Map<String, Object> body = new HashMap<>(Map.of("records", List.of(absence("khan", s.an())), "urgent", true,
                "sendAt", Instant.now().plus(Duration.ofHours(1)).atZone(VN).toOffsetDateTime().toString()));
        given().auth().oauth2(s.homeroomTeacher()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/notices/schools/{s}/attendance", s.school()).then().statusCode(403);
    }

    private Response schedule(String token, List<Map<String, Object>> records, Instant at) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("records", records, "sendAt", at.atZone(VN).toOffsetDateTime().toString()))
                .post("/api/v1/notices/schools/{s}/attendance", s.school());
    }

    private long delivered(String sourceId) {
        return db.count("SELECT count(*) FROM notice_delivery d JOIN notice n ON n.id = d.notice_id "
                + "JOIN school sc ON sc.id = n.school_id WHERE n.source_id = $1 AND sc.code = $2", sourceId,
                s.school());
    }
}

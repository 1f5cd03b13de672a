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

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

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
    void aBatchWhoseSenderLostTheHomeroomIsNotSentAndTheSenderSeesWhy() {
        Instant at = Instant.now().plus(Duration.ofHours(11));
        String id = schedule(s.homeroomTeacher(), List.of(absence("mat-quyen-1", s.an())), at).then().statusCode(200)
                .body("counts.scheduled", equalTo(1)).extract().path("batchId");
        execute("UPDATE school_class SET homeroom_staff_id = NULL WHERE id = $1", s.class6());

        scheduled.sendDue(at.plusSeconds(1)).await().indefinitely();

        assertEquals(0, delivered("mat-quyen-1"), "not sent to An's parents");
        given().auth().oauth2(s.homeroomTeacher()).get("/api/v1/notices/schools/{s}/scheduled", s.school())
                .then().statusCode(200)
                .body("find { it.id == '" + id + "' }.state", equalTo("FAILED"))
                .body("find { it.id == '" + id + "' }.failureCode", equalTo("NOT_PERMITTED"))
                .body("find { it.id == '" + id + "' }.failure",
                        equalTo("Người hẹn gửi không còn quyền gửi cho lớp này."));
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'NOTICE_SCHEDULE_FAILED' "
                + "AND outcome = 'FAILURE' AND subject = $1 AND details->>'code' = 'NOT_PERMITTED'", id));
        given().auth().oauth2(s.homeroomTeacher()).delete("/api/v1/notices/schools/{s}/scheduled/{id}", s.school(), id)
                .then().statusCode(409)
                .body("detail", equalTo("Lô thông báo này đã không gửi được; không còn gì để hủy."));
    }

    @Test
    void aTeacherMovedOutOfTheClassSendsNoneOfTheBatchThoughTheyStillTeachAnother() {
        Instant at = Instant.now().plus(Duration.ofHours(12));
        execute("INSERT INTO teaching_assignment (staff_id, class_id, subject) "
                + "SELECT staff_id, $2, subject FROM teaching_assignment WHERE class_id = $1", s.class6(), s.class7());
        String id = schedule(s.mathsTeacher(), List.of(absence("chuyen-lop-1", s.an()),
                absence("chuyen-lop-2", s.binh())), at).then().statusCode(200)
                .body("counts.scheduled", equalTo(2)).extract().path("batchId");
        execute("UPDATE teaching_assignment SET active = false WHERE class_id = $1", s.class6());

        scheduled.sendDue(at.plusSeconds(1)).await().indefinitely();

        assertEquals(0, delivered("chuyen-lop-1") + delivered("chuyen-lop-2"), "nothing of the batch went");
        given().auth().oauth2(s.mathsTeacher()).get("/api/v1/notices/schools/{s}/scheduled", s.school())
                .then().statusCode(200)
                .body("find { it.id == '" + id + "' }.state", equalTo("FAILED"))
                .body("find { it.id == '" + id + "' }.failureCode", equalTo("NOT_PERMITTED"));
    }

    @Test
    void aSenderWhoKeepsTheRightSendsAsBefore() {
        Instant at = Instant.now().plus(Duration.ofHours(13));
        String id = schedule(s.homeroomTeacher(), List.of(absence("giu-quyen-1", s.binh())), at).then()
                .statusCode(200).extract().path("batchId");
        scheduled.sendDue(at.plusSeconds(1)).await().indefinitely();

        assertEquals(1, delivered("giu-quyen-1"), "Bình's mother");
        given().auth().oauth2(s.homeroomTeacher()).get("/api/v1/notices/schools/{s}/scheduled", s.school())
                .then().statusCode(200).body("find { it.id == '" + id + "' }.state", equalTo("SENT"))
                .body("find { it.id == '" + id + "' }.failureCode", org.hamcrest.Matchers.nullValue());
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

    private void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(io.vertx.mutiny.sqlclient.Tuple.from(params)).await().indefinitely();
    }

    private long delivered(String sourceId) {
        return db.count("SELECT count(*) FROM notice_delivery d JOIN notice n ON n.id = d.notice_id "
                + "JOIN school sc ON sc.id = n.school_id WHERE n.source_id = $1 AND sc.code = $2", sourceId,
                s.school());
    }
}

package vn.lienlac.directives.scheduled;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.offset;
import static vn.lienlac.directives.Bodies.schools;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.Bodies;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;
import vn.lienlac.directory.TestSchools;

/**
 * A directive with {@code sendAt} is checked now and stored; nobody sees it until the job runs at its time, which sends
 * it once; its sender lists and may cancel it before (a cancelled one never goes; after it went, 409). Both the
 * schedule and the cancel are audited (docs/directives.md, "Scheduled sends").
 */
@QuarkusTest
class ScheduledDirectiveApiTest {

    @Inject
    DirectiveScenes scenes;

    @Inject
    ScheduledDirectives scheduled;

    @Inject
    TestSchools db;

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    private Scene scene;

    @BeforeEach
    void scene() {
        scene = scenes.create();
    }

    @Test
    void aScheduledDirectiveGoesAtItsTimeOnceAndNotBefore() {
        Instant at = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        JsonPath later = scene.as("officer").body(at(at)).post("/districts/" + scene.unit("D1"))
                .then().statusCode(202).body("state", equalTo("SCHEDULED")).body("recipients", equalTo(2))
                .body("subject", equalTo("Triển khai sổ liên lạc điện tử Liên Lạc"))
                .extract().jsonPath();
        long id = later.getLong("id");
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'DIRECTIVE_SCHEDULED' "
                + "AND subject = $1", String.valueOf(id)));

        scheduled.sendDue(at.minusSeconds(60)).await().indefinitely();
        assertEquals(List.of(), inbox("pA"), "nothing before its time");
        scene.as("officer").get("/scheduled").then().statusCode(200)
                .body("find { it.id == " + id + " }.state", equalTo("SCHEDULED"));

        scheduled.sendDue(at.plusSeconds(1)).await().indefinitely();
        scheduled.sendDue(at.plusSeconds(20)).await().indefinitely();

        assertEquals(List.of("Triển khai sổ liên lạc điện tử Liên Lạc"), inbox("pA"), "once, at its time");
        assertEquals(List.of("Triển khai sổ liên lạc điện tử Liên Lạc"), inbox("pB"));
        long directiveId = scene.as("officer").get("/scheduled").then().statusCode(200)
                .body("find { it.id == " + id + " }.state", equalTo("SENT"))
                .extract().jsonPath().getLong("find { it.id == " + id + " }.directiveId");
        scene.as("pA").get("/" + directiveId).then().statusCode(200).body("sentAt", equalTo(at.plusSeconds(1)
                .toString()));

        scene.as("officer").delete("/scheduled/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Văn bản đã được gửi, không thể hủy lịch gửi nữa."));
    }

    @Test
    void aCancelledDirectiveNeverGoes() {
        Instant at = Instant.now().plus(Duration.ofHours(3));
        long id = scene.as("officer").body(at(at)).post("/districts/" + scene.unit("D1"))
                .then().statusCode(202).extract().jsonPath().getLong("id");

        scene.as("officer").delete("/scheduled/" + id).then().statusCode(200).body("state", equalTo("CANCELLED"));
        scene.as("officer").delete("/scheduled/" + id).then().statusCode(200).body("state", equalTo("CANCELLED"));
        scheduled.sendDue(at.plusSeconds(5)).await().indefinitely();

        assertEquals(List.of(), inbox("pA"));
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'DIRECTIVE_SCHEDULE_CANCELLED' "
                + "AND subject = $1", String.valueOf(id)));
        assertEquals(0, db.count("SELECT count(*) FROM directive_scheduled WHERE id = $1 AND directive_id IS NOT NULL",
                id));
    }

    @Test
    void onlyItsSenderSeesAndCancelsAScheduledDirective() {
        long id = scene.as("officer").body(at(Instant.now().plus(Duration.ofHours(1))))
                .post("/districts/" + scene.unit("D1")).then().statusCode(202).extract().jsonPath().getLong("id");

        scene.as("pA").delete("/scheduled/" + id).then().statusCode(404)
                .body("detail", equalTo("Không tìm thấy lịch gửi văn bản này."));
        scene.as("pA").get("/scheduled").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem(
                (int) id)));
        scene.as("officer").get("/scheduled").then().statusCode(200).body("id", hasItem((int) id));
    }

    @Test
    void aTimeInThePastOrMoreThan30DaysAheadIsRefusedNow() {
        scene.as("officer").body(at(Instant.now().minusSeconds(60))).post("/districts/" + scene.unit("D1"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Thời điểm hẹn gửi phải ở sau thời điểm hiện tại."))
                .body("errors[0].field", equalTo("sendAt"));
        scene.as("officer").body(at(Instant.now().plus(Duration.ofDays(31)))).post("/districts/" + scene.unit("D1"))
                .then().statusCode(400).body("detail", equalTo("Chỉ hẹn giờ gửi được trong vòng 30 ngày tới."));
    }

    @Test
    void aScheduledSendIsCheckedNowLikeASend() {
        Map<String, Object> body = new HashMap<>(at(Instant.now().plus(Duration.ofHours(5))));
        body.put("deadline", offset(Instant.now().plus(Duration.ofHours(4))));
        scene.as("officer").body(body).post("/districts/" + scene.unit("D1")).then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"));
        scene.as("pA").body(at(Instant.now().plus(Duration.ofHours(1)))).post("/districts/" + scene.unit("D1"))
                .then().statusCode(403);
    }

    @Test
    void aForwardIsScheduledLikeASendAndGoesAtItsTimeOnce() {
        long original = scene.as("officer").body(directive(schools(scene.unit("A")), null, true))
                .post("/districts/" + scene.unit("D1")).then().statusCode(201).extract().jsonPath().getLong("id");
        Instant at = Instant.now().plus(Duration.ofHours(14)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> forward = new HashMap<>(Bodies.forward("Đề nghị các thầy cô thực hiện từ sáng thứ Hai.",
                Bodies.everyone(), null));
        forward.put("sendAt", offset(at));

        io.restassured.response.Response answer = scene.as("pA").body(forward).post("/" + original + "/forwards");
        long id = answer.then().statusCode(202).body("state", equalTo("SCHEDULED")).body("route", equalTo("FORWARD"))
                .body("unitCode", equalTo(scene.unit("A"))).body("forwardOf", equalTo((int) original))
                .body("subject", equalTo("Triển khai sổ liên lạc điện tử Liên Lạc"))
                .extract().jsonPath().getLong("id");
        assertEquals(true, answer.header("Location").endsWith("/api/v1/directives/scheduled/" + id));
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'DIRECTIVE_SCHEDULED' "
                + "AND subject = $1 AND details->>'route' = 'FORWARD'", String.valueOf(id)));

        scheduled.sendDue(at.minusSeconds(60)).await().indefinitely();
        assertEquals(List.of(), inbox("tA1"), "nothing before its time");
        scheduled.sendDue(at.plusSeconds(1)).await().indefinitely();
        scheduled.sendDue(at.plusSeconds(20)).await().indefinitely();

        assertEquals(List.of("Triển khai sổ liên lạc điện tử Liên Lạc"), inbox("tA1"), "once, at its time");
        scene.as("pA").get("/scheduled").then().statusCode(200)
                .body("find { it.id == " + id + " }.state", equalTo("SENT"))
                .body("find { it.id == " + id + " }.directiveId", org.hamcrest.Matchers.notNullValue());
        scene.as("pA").delete("/scheduled/" + id).then().statusCode(409)
                .body("detail", equalTo("Văn bản đã được gửi, không thể hủy lịch gửi nữa."));
    }

    @Test
    void aScheduledForwardIsCheckedNowLikeAForward() {
        long original = scene.as("officer").body(directive(schools(scene.unit("A")), null, true))
                .post("/districts/" + scene.unit("D1")).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> forward = new HashMap<>(Bodies.forward("Đề nghị thực hiện.", Bodies.everyone(), null));
        forward.put("sendAt", offset(Instant.now().minusSeconds(60)));
        scene.as("pA").body(forward).post("/" + original + "/forwards").then().statusCode(400)
                .body("errors[0].field", equalTo("sendAt"))
                .body("detail", equalTo("Thời điểm hẹn gửi phải ở sau thời điểm hiện tại."));

        forward.put("sendAt", offset(Instant.now().plus(Duration.ofHours(1))));
        scene.as("pB").body(forward).post("/" + original + "/forwards").then().statusCode(404)
                .body("detail", equalTo("Không tìm thấy văn bản đã gửi tới trường bạn quản lý."));
        forward.put("deadline", offset(Instant.now().plus(Duration.ofMinutes(30))));
        scene.as("pA").body(forward).post("/" + original + "/forwards").then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"));
    }

    @Test
    void aDirectiveWhoseSenderLostThePositionIsNotSentAndItsSenderSeesWhy() {
        Instant at = Instant.now().plus(Duration.ofHours(6));
        Map<String, Object> body = new HashMap<>(directive(Bodies.everyone(), null, false));
        body.put("sendAt", offset(at));
        long id = scene.as("pA").body(body).post("/schools/" + scene.unit("A")).then().statusCode(202)
                .extract().jsonPath().getLong("id");
        pool.preparedQuery("UPDATE staff SET role = 'TEACHER' WHERE id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(scene.staffId("pA"))).await().indefinitely();

        scheduled.sendDue(at.plusSeconds(1)).await().indefinitely();

        assertEquals(List.of(), inbox("tA1"), "not sent");
        scene.as("pA").get("/scheduled").then().statusCode(200)
                .body("find { it.id == " + id + " }.state", equalTo("FAILED"))
                .body("find { it.id == " + id + " }.failureCode", equalTo("NOT_PERMITTED"))
                .body("find { it.id == " + id + " }.failure",
                        equalTo("Người hẹn gửi không còn giữ chức vụ để gửi văn bản này."));
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'DIRECTIVE_SCHEDULE_FAILED' "
                + "AND outcome = 'FAILURE' AND subject = $1 AND details->>'code' = 'NOT_PERMITTED'",
                String.valueOf(id)));
    }

    private Map<String, Object> at(Instant at) {
        Map<String, Object> body = new HashMap<>(directive(schools(scene.unit("A"), scene.unit("B")), null, true));
        body.put("sendAt", offset(at));
        return body;
    }

    private List<String> inbox(String person) {
        return scene.as(person).get("/inbox").then().statusCode(200).extract().jsonPath().getList("subject");
    }
}

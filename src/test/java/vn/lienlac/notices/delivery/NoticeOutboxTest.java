package vn.lienlac.notices.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.notices.NoticesApi.absence;
import static vn.lienlac.notices.NoticesApi.grade;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.chat.send.ReceiptWriter;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;
import vn.lienlac.notifications.policy.EveryChannel;

/**
 * Notices reach guardians through the outbox, written in the publishing transaction (docs/notifications.md,
 * "Producers and read marks"): the app's text, the inbox position, the template; nothing when the publish rolls back;
 * urgent only from the school's leadership, audited; a withdrawal skips what was queued; a read settles; the delivery
 * report shows each guardian's path.
 */
@QuarkusTest
class NoticeOutboxTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ABSENCE = "Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, "
            + "không có phép.";

    @Inject
    NoticeScene scenes;

    @Inject
    TestSchools db;

    @Inject
    Pool pool;

    @Inject
    ReceiptWriter receipts;

    @Inject
    Clock clock;

    private Scene s;

    @BeforeEach
    void scene() {
        EveryChannel.configured();
        s = scenes.create();
    }

    @Test
    void absenceReachesBothParentsThroughTheOutboxWithTheAppsText() {
        publish(s.portal(), s.school(), "attendance", absence("vang-1", s.an())).then().statusCode(200);

        long notice = noticeId("vang-1");
        List<Row> items = items(notice);
        assertEquals(Set.of(s.father().participant(), s.mother().participant()),
                Set.copyOf(items.stream().map(r -> r.getString("recipient")).toList()));
        assertEquals(2, items.size());
        for (Row item : items) {
            assertEquals("ATTENDANCE", item.getString("kind"));
            assertEquals(schoolId(), item.getLong("school_id"));
            JsonObject message = new JsonObject(item.getValue("message").toString());
            assertEquals("Chuyên cần – Nguyễn Văn An", message.getString("title"));
            assertEquals(ABSENCE, message.getString("body"));
            assertEquals("lienlac_notice_attendance", message.getString("template"));
            assertEquals(ABSENCE, message.getJsonObject("params").getString("content"));
            assertEquals("Nguyễn Văn An", message.getJsonObject("params").getString("about"));
            assertEquals(1, db.count("SELECT count(*) FROM notice_delivery WHERE notice_id = $1 AND owner = $2 "
                    + "AND conversation_id = $3 AND seq = $4", notice, item.getString("recipient"),
                    item.getLong("conversation_id"), item.getLong("seq")), "the item is where the inbox has it");
            assertTrue(db.count("SELECT count(*) FROM outbox WHERE item_id = $1 AND state = 'QUEUED'",
                    item.getLong("id")) > 0, "the policy wrote the attempts of a guardian with a phone");
        }
    }

    @Test
    void aGradeBatchEnqueuesOneItemPerGuardianOfEachRecord() {
        publish(s.portal(), s.school(), "grades", List.of(grade("d-1", s.an(), 8.5), grade("d-2", s.binh(), 9)))
                .then().statusCode(200);

        assertEquals(2, items(noticeId("d-1")).size());
        assertEquals(List.of(s.binhsMother().participant()),
                items(noticeId("d-2")).stream().map(r -> r.getString("recipient")).toList());
        assertEquals("GRADE", items(noticeId("d-2")).get(0).getString("kind"));
    }

    @Test
    void aPublishThatRollsBackLeavesNoOutboxRow() {
        QuarkusMock.installMockForType(new AuditLog(null, clock) {
            @Override
            public Uni<Void> record(SqlConnection conn, AuditEntry entry) {
                return Uni.createFrom().failure(new IllegalStateException("the audit log is down"));
            }
        }, AuditLog.class);

        publishUrgent(s.principal(), "attendance", absence("vang-9", s.an())).then().statusCode(500);

        assertEquals(0, db.count("SELECT count(*) FROM notice n JOIN school sc ON sc.id = n.school_id "
                + "WHERE sc.code = $1", s.school()));
        assertEquals(0, db.count("SELECT count(*) FROM outbox_item WHERE school_id = $1", schoolId()));
    }

    @Test
    void aTeacherMayNotMarkANoticeUrgent() {
        publishUrgent(s.mathsTeacher(), "grades", grade("d-1", s.an(), 8.5)).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"))
                .body("detail", equalTo("Chỉ hiệu trưởng, phó hiệu trưởng mới được đánh dấu thông báo là khẩn."));

        assertEquals(0, db.count("SELECT count(*) FROM outbox_item WHERE school_id = $1", schoolId()));
    }

    @Test
    void thePrincipalsUrgentNoticeIsUrgentInTheOutboxAndAudited() {
        JsonPath result = publishUrgent(s.principal(), "attendance", absence("vang-2", s.an())).then()
                .statusCode(200).extract().jsonPath();

        assertEquals(2, db.count("SELECT count(*) FROM outbox_item WHERE item_ref = $1 AND urgent",
                "notice:" + noticeId("vang-2")));
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'NOTICE_MARKED_URGENT' "
                + "AND subject = $1 AND school_code = $2", result.getString("batchId"), s.school()));
    }

    @Test
    void aWithdrawnNoticeSkipsItsQueuedAttempts() {
        publish(s.portal(), s.school(), "attendance", absence("vang-3", s.an())).then().statusCode(200);
        long notice = noticeId("vang-3");

        publish(s.portal(), s.school(), "attendance", Map.of("sourceId", "vang-3", "deleted", true))
                .then().statusCode(200);

        assertEquals(0, attempts(notice, "QUEUED"));
        assertTrue(db.count("SELECT count(*) FROM outbox o JOIN outbox_item i ON i.id = o.item_id "
                + "WHERE i.item_ref = $1 AND o.state = 'SKIPPED' AND o.error = 'withdrawn'", "notice:" + notice) > 0);
    }

    @Test
    void readingTheInboxSettlesTheNotice() {
        publish(s.portal(), s.school(), "attendance", absence("vang-4", s.an())).then().statusCode(200);
        long notice = noticeId("vang-4");
        Row fathers = items(notice).stream()
                .filter(r -> r.getString("recipient").equals(s.father().participant())).findFirst().orElseThrow();

        receipts.mark(fathers.getLong("conversation_id"), s.father().participant(), fathers.getLong("seq"),
                fathers.getLong("seq")).await().atMost(TIMEOUT);

        Awaitility.await().atMost(TIMEOUT).until(() -> db.count("SELECT count(*) FROM outbox_item "
                + "WHERE id = $1 AND read_at IS NOT NULL", fathers.getLong("id")) == 1);
        assertEquals(0, db.count("SELECT count(*) FROM outbox WHERE item_id = $1 AND state = 'QUEUED'",
                fathers.getLong("id")));
        assertTrue(attempts(notice, "QUEUED") > 0, "the mother has not read it yet");

        JsonPath report = given().auth().oauth2(s.principal())
                .get("/api/v1/notices/schools/{school}/reports/notices/{id}", s.school(), notice)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("READ", report.getString("recipients.find { it.guardian == '" + s.father().participant()
                + "' }.state"));
        assertEquals("QUEUED", report.getString("recipients.find { it.guardian == '" + s.mother().participant()
                + "' }.state"));
        List<String> mothersWays = report.getList("recipients.find { it.guardian == '" + s.mother().participant()
                + "' }.path.way");
        assertTrue(mothersWays.contains("ZALO") || mothersWays.contains("SMS"), mothersWays.toString());
    }

    private Response publishUrgent(String token, String kind, Map<String, Object> record) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(record), "urgent", true))
                .post("/api/v1/notices/schools/{school}/{kind}", s.school(), kind);
    }

    private long schoolId() {
        return db.count("SELECT id FROM school WHERE code = $1", s.school());
    }

    private long noticeId(String sourceId) {
        return db.count("SELECT id FROM notice WHERE source_id = $1 AND school_id = $2", sourceId, schoolId());
    }

    private long attempts(long notice, String state) {
        return db.count("SELECT count(*) FROM outbox o JOIN outbox_item i ON i.id = o.item_id "
                + "WHERE i.item_ref = $1 AND o.state = $2", "notice:" + notice, state);
    }

    private List<Row> items(long notice) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT * FROM outbox_item WHERE item_ref = $1 ORDER BY recipient")
                .execute(Tuple.of("notice:" + notice)).await().atMost(TIMEOUT).forEach(rows::add);
        return rows;
    }
}

package vn.lienlac.notices.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.absence;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.otp.TestClock;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;
import vn.lienlac.notifications.policy.EveryChannel;

/**
 * At 22:00 (inside the 21:00–06:30 quiet hours) the principal's urgent notice is notified at once — its inbox items
 * are not silent and its outbox attempts are due at once — and audited, while a normal notice posted at the same
 * minute arrives silently and its attempts wait until 06:30 (docs/notices.md, "Urgent").
 */
@QuarkusTest
class UrgentAtNightTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    NoticeScene scenes;

    @Inject
    TestSchools db;

    @Inject
    Pool pool;

    private final TestClock clock = new TestClock();
    /** Yesterday in Vietnam: the tests' sessions stay valid at every time of that day. */
    private final LocalDate day = LocalDate.now(VN).minusDays(1);
    private Scene s;

    @BeforeEach
    void scene() {
        EveryChannel.configured();
        QuarkusMock.installMockForType(clock, Clock.class);
        s = scenes.create();
    }

    @Test
    void anUrgentNoticeAt22IsNotifiedAtOnceAndAuditedWhileANormalOneWaitsUntilMorning() {
        Instant tenPm = day.atTime(LocalTime.of(22, 0)).atZone(VN).toInstant();
        clock.set(tenPm);

        publish(s.portal(), s.school(), "attendance", absence("dem-thuong", s.an())).then().statusCode(200);
        String batch = given().auth().oauth2(s.principal()).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(absence("dem-khan", s.binh())), "urgent", true))
                .post("/api/v1/notices/schools/{school}/attendance", s.school())
                .then().statusCode(200).extract().path("batchId");

        long normal = noticeId("dem-thuong");
        long urgent = noticeId("dem-khan");
        assertEquals(List.of(true, true), silent(normal), "the normal notice arrives without a sound");
        assertEquals(List.of(false), silent(urgent), "the urgent one rings");
        Instant morning = day.plusDays(1).atTime(LocalTime.of(6, 30)).atZone(VN).toInstant();
        assertEquals(List.of(morning), firstDue(normal), "the normal one's notifications wait until 06:30");
        assertEquals(List.of(tenPm), firstDue(urgent), "the urgent one's go at once");
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'NOTICE_MARKED_URGENT' "
                + "AND subject = $1 AND school_code = $2", batch, s.school()));
        assertEquals(0, db.count("SELECT count(*) FROM audit_event WHERE action = 'NOTICE_MARKED_URGENT' "
                + "AND school_code = $1 AND subject <> $2", s.school(), batch));
    }

    private long noticeId(String sourceId) {
        return db.count("SELECT n.id FROM notice n JOIN school sc ON sc.id = n.school_id "
                + "WHERE n.source_id = $1 AND sc.code = $2", sourceId, s.school());
    }

    private List<Boolean> silent(long notice) {
        return pool.preparedQuery("SELECT silent FROM notice_delivery WHERE notice_id = $1 ORDER BY guardian_id")
                .execute(Tuple.of(notice)).await().indefinitely().stream().map(r -> r.getBoolean(0)).toList();
    }

    /** The earliest attempt's due time, once per distinct value over the notice's guardians. */
    private List<Instant> firstDue(long notice) {
        return pool.preparedQuery("""
                        SELECT DISTINCT min(o.due_at) AS due FROM outbox o JOIN outbox_item i ON i.id = o.item_id
                        WHERE i.item_ref = $1 GROUP BY i.id""")
                .execute(Tuple.of("notice:" + notice)).await().indefinitely().stream()
                .map(r -> r.getOffsetDateTime("due").toInstant()).toList();
    }
}

package vn.lienlac.notices.digest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.lienlac.notices.NoticesApi.absence;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ws.ChatClient;
import vn.lienlac.identity.otp.TestClock;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;
import vn.lienlac.notices.render.NoticeTexts;

/** Not drowning: digests once a day at 19:00 and silent items at night (the test profile keeps the defaults). */
@QuarkusTest
class DigestAndQuietHoursTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    NoticeScene scenes;

    @Inject
    DailyDigest digest;

    @Inject
    NoticeTexts texts;

    @Inject
    Pool pool;

    private final TestClock clock = new TestClock();
    /**
     * The day the tests set their clock times on: yesterday in Vietnam, so that every time is in the past. Sign-in
     * sessions are checked against this clock, and a time later than now would find them expired.
     */
    private final LocalDate day = LocalDate.now(VN).minusDays(1);
    private Scene s;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(clock, Clock.class);
        s = scenes.create();
    }

    @Test
    void digestReaderGetsSilentItemsAndOneSummaryAfterTheDigestHour() {
        at(LocalTime.of(10, 0));
        given().auth().oauth2(s.mother().token()).contentType(ContentType.JSON)
                .body(Map.of("ATTENDANCE", "DIGEST")).put("/api/v1/notices/preferences")
                .then().statusCode(200).body("ATTENDANCE", equalTo("DIGEST")).body("GRADE", equalTo("IMMEDIATE"));
        Map<String, Object> afternoon = new HashMap<>(absence("a-2", s.an()));
        afternoon.put("session", "CHIEU");
        afternoon.put("status", "CO_PHEP");
        publish(s.portal(), s.school(), "attendance", List.of(absence("a-1", s.an()), afternoon))
                .then().statusCode(200).body("counts.accepted", equalTo(2));

        assertEquals(List.of(true, true), silent(s.mother().id()));
        assertEquals(List.of(false, false), silent(s.father().id()));

        at(LocalTime.of(18, 59));
        digest.run(clock.instant()).await().indefinitely();
        assertEquals(0, digests(s.mother().id()), "nothing before the digest hour");

        at(LocalTime.of(19, 1));
        assertEquals(1, digest.run(clock.instant()).await().indefinitely().intValue());
        clock.advance(Duration.ofMinutes(30));
        digest.run(clock.instant()).await().indefinitely();

        assertEquals(1, digests(s.mother().id()), "one summary per guardian per day");
        assertEquals(2, count("SELECT item_count FROM notice_digest WHERE guardian_id = $1", s.mother().id()));
        assertEquals(0, digests(s.father().id()), "immediate readers get no digest");
        clock.set(java.time.Instant.now()); // sessions expire by the clock: back to the time the tokens were issued
        try (ChatClient mother = ChatClient.connect(uri, s.mother().token())) {
            mother.sync(new JsonObject());
            JsonObject summary = mother.await(f -> "item".equals(f.getString("kind"))
                    && f.getString("text").startsWith("Tóm tắt"));
            assertEquals("Tóm tắt ngày " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + ":\n• Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, không có phép.\n"
                    + "• Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi chiều ngày 15/09/2025, có phép.",
                    summary.getString("text"));
            assertFalse(summary.getBoolean("silent"));
        }
    }

    @Test
    void summaryListsTheDaysNoticesInVietnamese() {
        assertEquals("Tóm tắt ngày 15/09/2025:\n• Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, "
                + "không có phép.\n• Con Nguyễn Văn An (lớp 6A1) đi học muộn buổi chiều ngày 15/09/2025.",
                texts.digest(LocalDate.of(2025, 9, 15), List.of(
                        "Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, không có phép.",
                        "Con Nguyễn Văn An (lớp 6A1) đi học muộn buổi chiều ngày 15/09/2025.")));
    }

    @Test
    void noticesPostedInQuietHoursArriveWithoutANotification() {
        at(LocalTime.of(22, 15));
        publish(s.portal(), s.school(), "attendance", absence("dem", s.an())).then().statusCode(200);
        at(LocalTime.of(6, 45));
        publish(s.portal(), s.school(), "attendance", absence("sang", s.binh())).then().statusCode(200);

        assertEquals(List.of(true), silent(s.father().id()));
        assertEquals(List.of(false), silent(s.binhsMother().id()));
    }

    @Test
    void onlyGuardiansHavePreferences() {
        given().auth().oauth2(s.nurse()).get("/api/v1/notices/preferences").then().statusCode(403);
        given().auth().oauth2(s.portal()).get("/api/v1/notices/preferences").then().statusCode(403);
        given().auth().oauth2(s.father().token()).get("/api/v1/notices/preferences").then().statusCode(200)
                .body("HEALTH", equalTo("IMMEDIATE"));
    }

    private void at(LocalTime time) {
        clock.set(day.atTime(time).atZone(VN).toInstant());
    }

    private List<Boolean> silent(long guardianId) {
        return pool.preparedQuery("SELECT silent FROM notice_delivery WHERE guardian_id = $1 ORDER BY notice_id")
                .execute(Tuple.of(guardianId)).await().indefinitely().stream().map(r -> r.getBoolean(0)).toList();
    }

    private long digests(long guardianId) {
        return count("SELECT count(*) FROM notice_digest WHERE guardian_id = $1", guardianId);
    }

    private long count(String sql, long guardianId) {
        return pool.preparedQuery(sql).execute(Tuple.of(guardianId)).await().indefinitely().iterator().next()
                .getLong(0);
    }
}

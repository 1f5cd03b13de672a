package vn.lienlac.adoption;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.adoption.AdoptionApi.admin;
import static vn.lienlac.adoption.AdoptionApi.as;
import static vn.lienlac.adoption.AdoptionApi.assertShare;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.session.TestSessions;

/**
 * The daily snapshot, driven by the instants the test passes to the job's method: the day is the Vietnamese date,
 * and there is one row per school and day however often and however concurrently it runs.
 */
@QuarkusTest
class AdoptionHistoryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** 00:30 on 3 December 2031 in Hà Nội, still 2 December in UTC. */
    private static final Instant JUST_AFTER_MIDNIGHT = Instant.parse("2031-12-02T17:30:00Z");

    @Inject
    AdoptionFixture fixture;

    @Inject
    AdoptionHistory history;

    @Inject
    TestSchools schools;

    @Inject
    AdoptionSnapshotJob job;

    @Inject
    TestSessions sessions;

    @Inject
    PeopleLookup lookup;

    private AdoptionFixture.World world;

    @BeforeEach
    void build() {
        world = fixture.build();
    }

    @Test
    void snapshotIsRecordedUnderTheVietnameseDate() {
        assertEquals(LocalDate.of(2031, 12, 3), history.day(JUST_AFTER_MIDNIGHT));
        snapshot(JUST_AFTER_MIDNIGHT);

        JsonPath json = admin().queryParam("from", "2031-12-01").queryParam("to", "2031-12-05")
                .get("/schools/" + world.get("A") + "/history").then().statusCode(200)
                .body("from", equalTo("2031-12-01"))
                .body("days.day", contains("2031-12-03"))
                .extract().jsonPath();
        assertShare(json, "days[0].figures.staff", 5, 2, "40.0");
        assertShare(json, "days[0].figures.teachers", 2, 1, "50.0");
        assertShare(json, "days[0].figures.guardians", 19, 2, "10.5");
        assertShare(json, "days[0].figures.students", 21, 3, "14.3");
    }

    @Test
    void rerunsAndConcurrentRunsKeepOneRowPerSchoolAndDayWithTheLatestRunsFigures() {
        Instant evening = JUST_AFTER_MIDNIGHT.plus(Duration.ofHours(22));
        Uni.combine().all().unis(history.snapshot(JUST_AFTER_MIDNIGHT), history.snapshot(JUST_AFTER_MIDNIGHT),
                history.snapshot(JUST_AFTER_MIDNIGHT)).discardItems().await().atMost(TIMEOUT);
        snapshot(evening);
        sessions.signIn(lookup.byPhone(world.get("G6")).await().atMost(TIMEOUT));

        snapshot(JUST_AFTER_MIDNIGHT.plus(Duration.ofHours(1)));
        assertShare(dayThree(), "days[0].figures.guardians", 19, 2, "10.5");

        snapshot(evening.plus(Duration.ofMinutes(1)));
        JsonPath json = dayThree();
        assertShare(json, "days[0].figures.guardians", 19, 3, "15.8");
        assertShare(json, "days[0].figures.students", 21, 4, "19.0");
        assertEquals(1, schools.count("""
                SELECT count(*) FROM adoption_daily d JOIN school sc ON sc.id = d.school_id
                WHERE sc.code = $1 AND d.day = '2031-12-03'""", world.get("A")));
    }

    private JsonPath dayThree() {
        return admin().queryParam("from", "2031-12-03").queryParam("to", "2031-12-03")
                .get("/schools/" + world.get("A") + "/history").then().statusCode(200)
                .body("days", hasSize(1))
                .extract().jsonPath();
    }

    @Test
    void eachDayKeepsItsOwnFigures() {
        snapshot(JUST_AFTER_MIDNIGHT);
        sessions.signIn(lookup.byPhone(world.get("F1")).await().atMost(TIMEOUT));
        snapshot(JUST_AFTER_MIDNIGHT.plus(Duration.ofDays(1)));

        JsonPath json = as(world.get("token.officerD")).queryParam("from", "2031-12-01").queryParam("to", "2031-12-31")
                .get("/schools/" + world.get("A") + "/history").then().statusCode(200)
                .body("days.day", contains("2031-12-03", "2031-12-04"))
                .extract().jsonPath();
        assertShare(json, "days[0].figures.guardians", 19, 2, "10.5");
        assertShare(json, "days[1].figures.guardians", 19, 3, "15.8");
        assertShare(json, "days[1].figures.students", 21, 3, "14.3");
    }

    @Test
    void scheduledJobRecordsTheDayOfTheClock() {
        Instant later = JUST_AFTER_MIDNIGHT.plus(Duration.ofDays(10));
        QuarkusMock.installMockForType(Clock.fixed(later, ZoneId.of("Asia/Ho_Chi_Minh")), Clock.class);
        job.run().await().atMost(TIMEOUT);

        admin().queryParam("from", "2031-12-13").queryParam("to", "2031-12-13")
                .get("/schools/" + world.get("A") + "/history").then().statusCode(200)
                .body("days.day", contains("2031-12-13"));
    }

    @Test
    void historyIsRefusedOutsideTheCallersSchoolAndChecksItsDates() {
        as(world.get("token.principalB")).get("/schools/" + world.get("A") + "/history").then().statusCode(403);
        as(world.get("token.officerE")).get("/schools/" + world.get("A") + "/history").then().statusCode(403);
        admin().queryParam("from", "2031-12-05").queryParam("to", "2031-12-01")
                .get("/schools/" + world.get("A") + "/history").then().statusCode(400)
                .body("detail", equalTo("Ngày bắt đầu (from) phải trước hoặc bằng ngày kết thúc (to)."));
        admin().queryParam("from", "3/12/2031").get("/schools/" + world.get("A") + "/history").then()
                .statusCode(400)
                .body("detail", equalTo("Ngày không hợp lệ ở tham số from: 3/12/2031. Hãy viết theo dạng 2026-12-02."));
        admin().queryParam("from", "2030-01-01").queryParam("to", "2031-12-31")
                .get("/schools/" + world.get("A") + "/history").then().statusCode(400);
    }

    private void snapshot(Instant at) {
        history.snapshot(at).await().atMost(TIMEOUT);
    }
}

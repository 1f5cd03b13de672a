package vn.lienlac.adoption;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.adoption.AdoptionApi.admin;
import static vn.lienlac.adoption.AdoptionApi.as;
import static vn.lienlac.adoption.AdoptionApi.assertShare;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deployment-progress report, as another feature calls it and over REST. */
@QuarkusTest
class AdoptionReportsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AdoptionFixture fixture;

    @Inject
    AdoptionReports reports;

    @Inject
    AdoptionHistory history;

    @Inject
    Clock clock;

    /** Built once: the tests only read it (and snapshot days no other test of this class reads). */
    private static AdoptionFixture.World world;

    @BeforeEach
    void build() {
        if (world == null) {
            world = fixture.build();
        }
    }

    @Test
    void todaysReportIsWrittenFromTheFiguresNow() {
        LocalDate today = LocalDate.now(clock);
        ProgressReport report = reports.schoolReport(world.get("A"), null).await().atMost(TIMEOUT);

        String name = "Trường thử nghiệm " + world.get("A");
        assertEquals(today, report.asOf());
        assertTrue(report.live());
        assertEquals("Báo cáo tiến độ triển khai Sổ liên lạc điện tử — " + name, report.title());
        assertEquals("""
                BÁO CÁO TIẾN ĐỘ TRIỂN KHAI SỔ LIÊN LẠC ĐIỆN TỬ
                Trường: %s (mã %s)
                Số liệu tính đến ngày %s.

                1. Cán bộ, giáo viên, nhân viên đã kích hoạt tài khoản: 2/5 (40,0%%); trong đó giáo viên: 1/2 (50,0%%).
                2. Phụ huynh học sinh đã kích hoạt tài khoản: 2/19 (10,5%%).
                3. Học sinh có ít nhất một phụ huynh đã kích hoạt: 3/21 (14,3%%).

                Chỉ tiêu: 100%% cán bộ, giáo viên, nhân viên và phụ huynh sử dụng. Còn 3 cán bộ, giáo viên, nhân viên \
                và 17 phụ huynh chưa kích hoạt; nhà trường đang liên hệ, hướng dẫn từng người.
                Các lớp có tỉ lệ phụ huynh kích hoạt thấp nhất: 6A2 (6,3%%), 6A1 (33,3%%).""".formatted(
                name, world.get("A"), DAY.format(today)), report.text());
        assertEquals(2, report.classes().size());
        assertEquals(Share.of(19, 2), report.figures().guardians());
    }

    @Test
    void aPastDaysReportUsesThatDaysSnapshot() {
        LocalDate twoDaysAgo = LocalDate.now(clock).minusDays(2);
        history.snapshot(clock.instant().minus(Duration.ofDays(2))).await().atMost(TIMEOUT);

        JsonPath json = as(world.get("token.principalA")).queryParam("asOf", twoDaysAgo.toString())
                .get("/schools/" + world.get("A") + "/report").then().statusCode(200)
                .body("asOf", equalTo(twoDaysAgo.toString()))
                .body("live", equalTo(false))
                .body("classes", hasSize(0))
                .extract().jsonPath();
        assertTrue(json.getString("text").contains("Số liệu tính đến ngày " + DAY.format(twoDaysAgo) + "."));
        assertTrue(json.getString("text").contains("Học sinh có ít nhất một phụ huynh đã kích hoạt: 3/21 (14,3%)."));
        assertFalse(json.getString("text").contains("Các lớp"));
        assertShare(json, "figures.staff", 5, 2, "40.0");
    }

    @Test
    void aDayWithoutSnapshotIsNotFoundAndTheFutureIsRefused() {
        LocalDate longAgo = LocalDate.now(clock).minusDays(40);
        admin().queryParam("asOf", longAgo.toString()).get("/schools/" + world.get("A") + "/report").then()
                .statusCode(404)
                .body("detail", equalTo("Không có số liệu của trường " + world.get("A") + " ngày "
                        + DAY.format(longAgo) + "."));
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        admin().queryParam("asOf", tomorrow.toString()).get("/schools/" + world.get("A") + "/report").then()
                .statusCode(400)
                .body("detail", equalTo("Chưa thể báo cáo số liệu của ngày " + DAY.format(tomorrow)
                        + ": ngày này chưa đến."));
        assertNull(reports.schoolReport("TRG-KHONG-CO", null).await().atMost(TIMEOUT));
    }

    @Test
    void reportIsRefusedOutsideTheCallersSchoolAndDistrict() {
        as(world.get("token.principalB")).get("/schools/" + world.get("A") + "/report").then().statusCode(403);
        as(world.get("token.officerE")).get("/schools/" + world.get("A") + "/report").then().statusCode(403);
        as(world.get("token.t1A")).get("/schools/" + world.get("A") + "/report").then().statusCode(403);
        as(world.get("token.officerD")).get("/schools/" + world.get("A") + "/report").then().statusCode(200);
    }
}

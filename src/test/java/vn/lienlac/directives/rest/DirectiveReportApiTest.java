package vn.lienlac.directives.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.schools;
import static vn.lienlac.directives.Bodies.withReport;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;
import vn.lienlac.identity.otp.TestClock;

/** A report request answered on time by school A, late by school B, and not at all by school C. */
@QuarkusTest
class DirectiveReportApiTest {

    @Inject
    DirectiveScenes scenes;

    private final TestClock clock = new TestClock();
    private Scene scene;
    private long id;

    @BeforeEach
    void reportRequestedFromThreeSchools() {
        QuarkusMock.installMockForType(clock, Clock.class);
        scene = scenes.create();
        Instant reportDeadline = clock.instant().plus(Duration.ofDays(2));
        id = scene.as("officer")
                .body(withReport(directive(schools(scene.unit("A"), scene.unit("B"), scene.unit("C")), null, false),
                        reportDeadline))
                .post("/districts/" + scene.unit("D1")).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void onTimeLateAndMissingPerSchool() {
        submit("pA", "A", Map.of("staff", 42, "activatedStaff", 40, "guardians", 800, "activatedGuardians", 612))
                .body("status", equalTo("ON_TIME"))
                .body("submittedBy", equalTo("Lê Thị Hiệu Trưởng"))
                .body("figures.activatedGuardians", equalTo(612));
        scene.as("officer").get("/" + id + "/reports").then().statusCode(200)
                .body("schools.status", contains("ON_TIME", "PENDING", "PENDING"));

        clock.advance(Duration.ofDays(3));

        scenes.signInAgain(scene);
        submit("pB", "B", Map.of("staff", 30, "activatedStaff", 12)).body("status", equalTo("LATE"));

        scene.as("officer").get("/" + id + "/reports").then().statusCode(200)
                .body("schools.schoolCode", contains(scene.unit("A"), scene.unit("B"), scene.unit("C")))
                .body("schools.status", contains("ON_TIME", "LATE", "MISSING"))
                .body("summary.onTime", equalTo(1))
                .body("summary.late", equalTo(1))
                .body("summary.missing", equalTo(1))
                .body("request", equalTo("Báo cáo tiến độ triển khai: số cán bộ, giáo viên, cha mẹ học sinh đã kích "
                        + "hoạt tài khoản."));
    }

    @Test
    void aSchoolAnswersWithTheProgressReportWrittenFromItsAdoptionFigures() {
        scene.as("pA").post("/" + id + "/reports/" + scene.unit("A") + "/adoption").then().statusCode(200)
                .body("status", equalTo("ON_TIME"))
                .body("text", org.hamcrest.Matchers.startsWith("Báo cáo tiến độ triển khai Sổ liên lạc điện tử — "))
                .body("figures.staff.total", org.hamcrest.Matchers.greaterThan(0))
                .body("figures.guardians.activated", org.hamcrest.Matchers.notNullValue());
        scene.as("pB").post("/" + id + "/reports/" + scene.unit("A") + "/adoption").then().statusCode(403);
    }

    @Test
    void resubmissionReplacesTheResponseAndKeepsTheFirstTime() {
        submit("pA", "A", Map.of("activatedStaff", 10)).body("status", equalTo("ON_TIME"));
        clock.advance(Duration.ofDays(3));
        scenes.signInAgain(scene);

        submit("vpA", "A", Map.of("activatedStaff", 41))
                .body("status", equalTo("ON_TIME"))
                .body("figures.activatedStaff", equalTo(41))
                .body("submittedBy", equalTo("Hoàng Văn Phó"));
    }

    @Test
    void exportsAllResponsesAsCsvAndXlsx() throws IOException {
        submit("pA", "A", Map.of("activatedStaff", 40, "percent", 95.2));
        clock.advance(Duration.ofDays(3));
        scenes.signInAgain(scene);
        submit("pB", "B", Map.of("activatedStaff", 12));

        byte[] csv = scene.as("officer").get("/" + id + "/reports/export.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0], "UTF-8 byte order mark for Excel");
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("Mã trường,Tên trường,Trạng thái,Nộp lần đầu,Nộp lần cuối,Người nộp,Nội dung báo cáo,"
                + "Số tệp đính kèm,activatedStaff,percent", lines.get(0));
        assertEquals(4, lines.size());
        assertEquals(scene.unit("C") + ",Trường thử nghiệm " + scene.unit("C") + ",Chưa nộp,,,,,0,,", lines.get(3));

        byte[] xlsx = scene.as("officer").get("/" + id + "/reports/export.xlsx").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-260-PGD-VP.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            assertEquals("Trạng thái", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals("activatedStaff", sheet.getRow(0).getCell(8).getStringCellValue());
            Row a = sheet.getRow(1);
            assertEquals(scene.unit("A"), a.getCell(0).getStringCellValue());
            assertEquals("Đúng hạn", a.getCell(2).getStringCellValue());
            assertEquals("Lê Thị Hiệu Trưởng", a.getCell(5).getStringCellValue());
            assertEquals(CellType.NUMERIC, a.getCell(8).getCellType());
            assertEquals(40.0, a.getCell(8).getNumericCellValue());
            assertEquals(95.2, a.getCell(9).getNumericCellValue());
            assertEquals("Nộp muộn", sheet.getRow(2).getCell(2).getStringCellValue());
            assertEquals("Chưa nộp", sheet.getRow(3).getCell(2).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
        }
    }

    @Test
    void principalSeesOnlyTheirSchoolsResponse() {
        submit("pA", "A", Map.of());

        scene.as("pB").get("/" + id + "/reports").then().statusCode(200)
                .body("schools.schoolCode", contains(scene.unit("B")));
        scene.as("pB").get("/" + id + "/reports/" + scene.unit("A")).then().statusCode(404);
    }

    @Test
    void onlyTheSchoolsLeadershipSubmits() {
        scene.as("tB1").body(Map.of("text", "x")).put("/" + id + "/reports/" + scene.unit("B")).then()
                .statusCode(403);
        scene.as("pC").body(Map.of("text", "x")).put("/" + id + "/reports/" + scene.unit("A")).then()
                .statusCode(403);
        scene.as("officer").body(Map.of("text", "x")).put("/" + id + "/reports/" + scene.unit("A")).then()
                .statusCode(403);
        scene.as("pX").body(Map.of("text", "x")).put("/" + id + "/reports/" + scene.unit("X")).then()
                .statusCode(404);
    }

    @Test
    void directiveWithoutReportRequestTakesNoResponse() {
        long plain = scene.as("officer").body(directive(schools(scene.unit("A")), null, false))
                .post("/districts/" + scene.unit("D1")).then().statusCode(201).extract().jsonPath().getLong("id");

        scene.as("pA").body(Map.of("text", "Báo cáo")).put("/" + plain + "/reports/" + scene.unit("A")).then()
                .statusCode(400).body("detail", equalTo("Văn bản này không yêu cầu trường báo cáo."));
    }

    private io.restassured.response.ValidatableResponse submit(String person, String school,
            Map<String, Object> figures) {
        return scene.as(person).body(Map.of("text", "Nhà trường đã triển khai tới toàn bộ cán bộ, giáo viên.",
                        "figures", figures))
                .put("/" + id + "/reports/" + scene.unit(school)).then().statusCode(200);
    }
}

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;
import vn.lienlac.identity.otp.TestClock;
import vn.lienlac.platform.export.ExportedFiles;

/** A report request answered on time by school A, late by school B, and not at all by school C. */
@QuarkusTest
class DirectiveReportApiTest {

    static final String TEXT = "Nhà trường đã triển khai tới toàn bộ cán bộ, giáo viên.";

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
        Instant onTime = clock.instant();
        submit("pA", "A", Map.of("activatedStaff", 40, "percent", 95.2));
        clock.advance(Duration.ofDays(3));
        scenes.signInAgain(scene);
        Instant late = clock.instant();
        submit("pB", "B", Map.of("activatedStaff", 12));
        List<String> headers = List.of("Mã trường", "Tên trường", "Trạng thái", "Nộp lần đầu", "Nộp lần cuối",
                "Người nộp", "Nội dung báo cáo", "Số tệp đính kèm", "CB-GV-NV đã kích hoạt", "Tỉ lệ");

        byte[] csv = scene.as("officer").get("/" + id + "/reports/export.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        List<List<String>> records = ExportedFiles.csv(csv);
        assertEquals(headers, records.get(0));
        assertEquals(List.of(scene.unit("A"), "Trường thử nghiệm " + scene.unit("A"), "Đúng hạn", minute(onTime),
                minute(onTime), "Lê Thị Hiệu Trưởng", TEXT, "0", "40", "95.2"), records.get(1));
        assertEquals(List.of(scene.unit("B"), "Trường thử nghiệm " + scene.unit("B"), "Nộp muộn", minute(late),
                minute(late), "Phạm Văn Bình", TEXT, "0", "12", ""), records.get(2));
        assertEquals(List.of(scene.unit("C"), "Trường thử nghiệm " + scene.unit("C"), "Chưa nộp", "", "", "", "",
                "0", "", ""), records.get(3));
        assertEquals(4, records.size());

        byte[] xlsx = scene.as("officer").get("/" + id + "/reports/export.xlsx").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-260-PGD-VP.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = ExportedFiles.xlsx(xlsx)) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            assertEquals(headers, ExportedFiles.headers(sheet));
            Row a = sheet.getRow(1);
            ExportedFiles.assertText(scene.unit("A"), a.getCell(0));
            ExportedFiles.assertText("Đúng hạn", a.getCell(2));
            ExportedFiles.assertDateTime(local(onTime), a.getCell(3));
            ExportedFiles.assertDateTime(local(onTime), a.getCell(4));
            ExportedFiles.assertText("Lê Thị Hiệu Trưởng", a.getCell(5));
            ExportedFiles.assertText(TEXT, a.getCell(6));
            ExportedFiles.assertNumber(0, a.getCell(7));
            ExportedFiles.assertNumber(40, a.getCell(8));
            ExportedFiles.assertPercent(0.952, a.getCell(9));
            Row b = sheet.getRow(2);
            ExportedFiles.assertText("Nộp muộn", b.getCell(2));
            ExportedFiles.assertNumber(12, b.getCell(8));
            ExportedFiles.assertEmpty(b, 9);
            Row c = sheet.getRow(3);
            ExportedFiles.assertText("Chưa nộp", c.getCell(2));
            for (int column = 3; column <= 6; column++) {
                ExportedFiles.assertEmpty(c, column);
            }
            assertEquals(3, sheet.getLastRowNum());
        }
    }

    /** Issue 19: the adoption answer's figures were one JSON cell each; now one typed column per number. */
    @Test
    void theAdoptionAnswerIsExportedOneColumnPerFigure() throws IOException {
        Map<String, Object> figures = scene.as("pA").post("/" + id + "/reports/" + scene.unit("A") + "/adoption")
                .then().statusCode(200).extract().jsonPath().getMap("figures");

        byte[] xlsx = scene.as("officer").get("/" + id + "/reports/export.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = ExportedFiles.xlsx(xlsx)) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            List<String> headers = ExportedFiles.headers(sheet);
            List<String> groups = List.of("CB-GV-NV", "Giáo viên", "Phụ huynh", "Học sinh");
            List<String> keys = List.of("staff", "teachers", "guardians", "students");
            assertEquals("Số liệu tính đến ngày", headers.get(8));
            assertEquals(8 + 1 + 4 * 3, headers.size());
            Row a = sheet.getRow(1);
            ExportedFiles.assertDate(LocalDate.parse((String) figures.get("asOf")), a.getCell(8));
            for (int g = 0; g < groups.size(); g++) {
                int column = 9 + 3 * g;
                assertEquals(List.of(groups.get(g) + ": tổng", groups.get(g) + ": đã kích hoạt",
                        groups.get(g) + ": tỉ lệ"), headers.subList(column, column + 3));
                Map<?, ?> share = (Map<?, ?>) figures.get(keys.get(g));
                ExportedFiles.assertNumber(((Number) share.get("total")).doubleValue(), a.getCell(column));
                ExportedFiles.assertNumber(((Number) share.get("activated")).doubleValue(), a.getCell(column + 1));
                if (share.get("percent") == null) {
                    ExportedFiles.assertEmpty(a, column + 2);
                } else {
                    ExportedFiles.assertPercent(((Number) share.get("percent")).doubleValue() / 100,
                            a.getCell(column + 2));
                }
            }
        }
    }

    private static LocalDateTime local(Instant instant) {
        return instant.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    }

    private static String minute(Instant instant) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(local(instant));
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
        return scene.as(person).body(Map.of("text", TEXT,
                        "figures", figures))
                .put("/" + id + "/reports/" + scene.unit(school)).then().statusCode(200);
    }
}

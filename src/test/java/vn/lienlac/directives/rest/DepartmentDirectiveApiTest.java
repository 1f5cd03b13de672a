package vn.lienlac.directives.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static vn.lienlac.platform.export.ExportedFiles.assertNumber;
import static vn.lienlac.platform.export.ExportedFiles.assertPercent;
import static vn.lienlac.platform.export.ExportedFiles.assertText;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.everyone;
import static vn.lienlac.directives.Bodies.forward;
import static vn.lienlac.directives.Bodies.groups;
import static vn.lienlac.directives.Bodies.schools;
import static vn.lienlac.directives.Bodies.withReport;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
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
import vn.lienlac.directives.DepartmentScenes;
import vn.lienlac.directives.DepartmentScenes.Scene;
import vn.lienlac.directives.reminders.Reminders;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.otp.TestClock;
import vn.lienlac.platform.export.ExportedFiles;

/**
 * The department tier (issue 19; docs/directives.md "From the department"): the Sở writes to its district offices,
 * an office forwards to its principals, a principal to their teachers, and the Sở's cascade view shows how far it
 * reached; the Sở also writes directly to schools, and asks its districts for a report that each district answers for
 * its schools. The scene is {@link DepartmentScenes}.
 */
@QuarkusTest
class DepartmentDirectiveApiTest {

    @Inject
    DepartmentScenes scenes;

    @Inject
    Reminders reminders;

    @Inject
    TestSchools db;

    private final TestClock clock = new TestClock();
    private Scene scene;
    private Instant deadline;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(clock, Clock.class);
        scene = scenes.create();
        deadline = clock.instant().plus(Duration.ofDays(3));
    }

    @Test
    void departmentDirectiveCascadesThroughADistrictAndASchoolToStaff() {
        JsonPath sent = send("so", "/departments/" + scene.unit("P"), directive(everyone(), deadline, true));
        long id = sent.getLong("id");
        assertEquals(2, sent.getInt("recipients"));
        assertEquals(List.of(scene.unit("D3")), sent.getList("districtsWithoutOfficer"));

        scene.as("o1").get("/inbox").then().statusCode(200)
                .body("id", contains((int) id))
                .body("[0].from.position", equalTo("Chuyên viên Sở GDĐT"))
                .body("[0].from.unit", startsWith("Sở GDĐT"));
        scene.as("pA").get("/inbox").then().statusCode(200).body("id", equalTo(List.of()));
        scene.as("o1").post("/" + id + "/acknowledgement").then().statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED"));

        long district = send("o1", "/" + id + "/forwards",
                forward("Phòng đề nghị các trường triển khai ngay.", everyone(), deadline)).getLong("id");
        scene.as("pA").get("/" + district).then().statusCode(200)
                .body("parentId", equalTo((int) id))
                .body("documentNumber", equalTo("260/PGD-VP"))
                .body("from.position", equalTo("Chuyên viên Phòng GDĐT"))
                .body("forwardedFrom.from.position", equalTo("Chuyên viên Sở GDĐT"));
        scene.as("pA").get("/" + id).then().statusCode(200).body("me", nullValue());

        long school = send("pA", "/" + district + "/forwards",
                forward("Đề nghị giáo viên cài đặt ứng dụng.", groups("TEACHERS"), deadline)).getLong("id");
        scene.as("tA1").post("/" + school + "/acknowledgement").then().statusCode(200);

        JsonPath cascade = scene.as("so").get("/" + id + "/cascade").then().statusCode(200)
                .body("districts", equalTo(2))
                .body("forwardedDistricts", equalTo(1))
                .body("schools", equalTo(0))
                .body("offices.districtCode", containsInAnyOrder(scene.unit("D1"), scene.unit("D2")))
                .extract().jsonPath();
        String d1 = "offices.find { it.districtCode == '" + scene.unit("D1") + "' }";
        String d2 = "offices.find { it.districtCode == '" + scene.unit("D2") + "' }";
        assertEquals(true, cascade.getBoolean(d1 + ".forwarded"));
        assertEquals(1, cascade.getInt(d1 + ".forwards"));
        assertEquals("ACKNOWLEDGED", cascade.getString(d1 + ".officers[0].state"));
        assertCounts(cascade, d1 + ".schools", 2, 1, 1, 0);
        assertEquals(1, cascade.getInt(d1 + ".forwardedSchools"));
        assertCounts(cascade, d1 + ".staff", 2, 1, 1, 1);
        assertEquals(false, cascade.getBoolean(d2 + ".forwarded"));
        assertEquals("SENT", cascade.getString(d2 + ".officers[0].state"));
        assertCounts(cascade, d2 + ".schools", 0, 0, 0, 0);

        scene.as("so").get("/" + id + "/tracking").then().statusCode(200)
                .body("totals.recipients", equalTo(2))
                .body("totals.acknowledged", equalTo(1))
                .body("schools.schoolCode", hasItem(scene.unit("D1")));
        // The district's own forward is the district's to track: its cascade reaches the school's staff.
        scene.as("o1").get("/" + district + "/cascade").then().statusCode(200)
                .body("forwardedSchools", equalTo(1));
    }

    @Test
    void departmentWritesDirectlyToChosenSchoolsAndAllSchoolsOfADistrict() {
        JsonPath sent = send("so", "/departments/" + scene.unit("P"), directive(
                Map.of("schools", List.of(scene.unit("A")), "allSchoolsOf", List.of(scene.unit("D2"))), null,
                false));
        assertEquals(2, sent.getInt("recipients"));
        long id = sent.getLong("id");

        scene.as("pA").get("/inbox").then().body("id", contains((int) id));
        scene.as("pX").get("/inbox").then().body("id", contains((int) id));
        scene.as("pB").get("/inbox").then().body("id", equalTo(List.of()));
        scene.as("o1").get("/inbox").then().body("id", equalTo(List.of()));

        scene.as("so").get("/" + id + "/cascade").then().statusCode(200)
                .body("schools", equalTo(2))
                .body("districts", equalTo(0))
                .body("cascade.schoolCode", containsInAnyOrder(scene.unit("A"), scene.unit("X")));
        // A principal forwards the department's directive that reached the school directly.
        send("pA", "/" + id + "/forwards", forward("Giáo viên thực hiện.", groups("TEACHERS"), null));
        scene.as("pA").get("/" + id + "/cascade").then().statusCode(200)
                .body("cascade.schoolCode", contains(scene.unit("A")))
                .body("cascade[0].forwarded", equalTo(true));
    }

    @Test
    void onlyTheDepartmentsOfficersSendAsTheDepartmentAndNeverAsADistrict() {
        String p = "/departments/" + scene.unit("P");
        scene.as("o1").body(directive(everyone(), null, false)).post(p).then().statusCode(403)
                .body("detail", equalTo("Chỉ chuyên viên của Sở GDĐT này mới gửi được văn bản của Sở."));
        scene.as("soQ").body(directive(everyone(), null, false)).post(p).then().statusCode(403);
        scene.as("pA").body(directive(everyone(), null, false)).post(p).then().statusCode(403);
        scene.as("so").body(directive(everyone(), null, false)).post("/districts/" + scene.unit("D1")).then()
                .statusCode(403);
        scene.as("so").body(directive(everyone(), null, false))
                .post("/departments/" + scene.unit("Q")).then().statusCode(403);
        scene.as("so").body(directive(schools(scene.unit("Y")), null, false)).post(p).then().statusCode(400)
                .body("errors.field", contains("schools"));
        scene.as("so").body(directive(Map.of("districts", List.of(scene.unit("DQ"))), null, false)).post(p).then()
                .statusCode(400).body("errors.field", contains("districts"));
        scene.as("so").body(directive(Map.of("groups", List.of("TEACHERS")), null, false)).post(p).then()
                .statusCode(400).body("errors.field", contains("audience"));

        long id = send("so", p, directive(Map.of("districts", List.of(scene.unit("D1"))), null, false))
                .getLong("id");
        scene.as("o2").get("/" + id).then().statusCode(404);
        scene.as("oQ").get("/" + id).then().statusCode(404);
        scene.as("soQ").get("/" + id).then().statusCode(404);
        scene.as("pA").get("/" + id).then().statusCode(404);
        // The receiving office follows its own part (the test above); reminders stay the Sở's.
        scene.as("o1").get("/" + id + "/tracking").then().statusCode(200);
        scene.as("o1").post("/" + id + "/reminders").then().statusCode(403);
        // Another district's officer cannot forward it; a school cannot forward the department's letter to an office.
        scene.as("o2").body(forward("Chuyển.", everyone(), null)).post("/" + id + "/forwards").then().statusCode(404);
        scene.as("o1").body(forward("Chuyển.", schools(scene.unit("X")), null)).post("/" + id + "/forwards").then()
                .statusCode(400).body("errors.field", contains("schools"));
    }

    @Test
    void aReceivingDistrictOfficeFollowsTheDepartmentDirectiveDownItsOwnSchoolsOnly() {
        long id = send("so", "/departments/" + scene.unit("P"), directive(
                Map.of("everyone", true, "schools", List.of(scene.unit("A"), scene.unit("X"))), deadline, true))
                .getLong("id");
        scene.as("o1").post("/" + id + "/acknowledgement").then().statusCode(200);
        long district = send("o1", "/" + id + "/forwards",
                forward("Phòng đề nghị các trường triển khai ngay.", everyone(), deadline)).getLong("id");
        send("pA", "/" + district + "/forwards", forward("Giáo viên thực hiện.", groups("TEACHERS"), deadline));

        // o1 (D1: schools A and B) sees its office, its schools, and school A reached directly; never D2 nor X.
        scene.as("o1").get("/" + id + "/tracking").then().statusCode(200)
                .body("schools.schoolCode", containsInAnyOrder(scene.unit("D1"), scene.unit("A")))
                .body("totals.recipients", equalTo(2))
                .body("totals.acknowledged", equalTo(1));
        JsonPath cascade = scene.as("o1").get("/" + id + "/cascade").then().statusCode(200)
                .body("districts", equalTo(1))
                .body("forwardedDistricts", equalTo(1))
                .body("offices.districtCode", contains(scene.unit("D1")))
                .body("cascade.schoolCode", contains(scene.unit("A")))
                .extract().jsonPath();
        assertEquals("ACKNOWLEDGED", cascade.getString("offices[0].officers[0].state"));
        assertCounts(cascade, "offices[0].schools", 2, 1, 1, 0);
        assertEquals(1, cascade.getInt("offices[0].forwardedSchools"));

        // o2 (D2: school X) sees its own office and X, not D1's.
        scene.as("o2").get("/" + id + "/cascade").then().statusCode(200)
                .body("offices.districtCode", contains(scene.unit("D2")))
                .body("offices[0].forwarded", equalTo(false))
                .body("cascade.schoolCode", contains(scene.unit("X")));
        scene.as("o2").get("/" + id + "/tracking").then().statusCode(200)
                .body("schools.schoolCode", containsInAnyOrder(scene.unit("D2"), scene.unit("X")));
        // An office of another department, and a teacher reached only by a forward, still cannot.
        scene.as("oQ").get("/" + id + "/cascade").then().statusCode(404);
        scene.as("oQ").get("/" + id + "/tracking").then().statusCode(404);
        // The Sở still sees both offices.
        scene.as("so").get("/" + id + "/cascade").then().statusCode(200).body("districts", equalTo(2));
    }

    @Test
    void districtsAnswerTheDepartmentsReportRequestForTheirSchools() {
        long id = send("so", "/departments/" + scene.unit("P"), withReport(directive(
                Map.of("districts", List.of(scene.unit("D1"), scene.unit("D2"))), null, false),
                clock.instant().plus(Duration.ofDays(2)))).getLong("id");

        scene.as("o1").body(Map.of("text", "Phòng đã triển khai tới 2/2 trường.",
                        "figures", Map.of("schools", 2, "schoolsDeployed", 2)))
                .put("/" + id + "/reports/districts/" + scene.unit("D1")).then().statusCode(200)
                .body("districtCode", equalTo(scene.unit("D1")))
                .body("status", equalTo("ON_TIME"))
                .body("figures.schoolsDeployed", equalTo(2));
        scene.as("o2").post("/" + id + "/reports/districts/" + scene.unit("D2") + "/adoption").then()
                .statusCode(200)
                .body("text", startsWith("Báo cáo tiến độ triển khai Sổ liên lạc điện tử — Phòng GDĐT"))
                .body("figures.staff.total", equalTo(1))
                .body("figures.schools.code", contains(scene.unit("X")));

        clock.advance(Duration.ofDays(3));
        scenes.signInAgain(scene);
        scene.as("so").get("/" + id + "/reports/districts").then().statusCode(200)
                .body("request", startsWith("Báo cáo tiến độ triển khai"))
                .body("summary.districts", equalTo(2))
                .body("summary.onTime", equalTo(2))
                .body("districts.districtCode", containsInAnyOrder(scene.unit("D1"), scene.unit("D2")));
        scene.as("o1").get("/" + id + "/reports/districts").then().statusCode(200)
                .body("districts.districtCode", contains(scene.unit("D1")));
        scene.as("o1").get("/" + id + "/reports/districts/" + scene.unit("D2")).then().statusCode(404);
        scene.as("o1").body(Map.of("text", "Thay Phòng khác."))
                .put("/" + id + "/reports/districts/" + scene.unit("D2")).then().statusCode(403);
        scene.as("pA").get("/" + id + "/reports/districts").then().statusCode(404);
        scene.as("oQ").get("/" + id + "/reports/districts").then().statusCode(404);

        // The export: one row per office, then the schools its adoption answer lists; typed cells, Vietnamese headers.
        byte[] xlsx = scene.as("so").get("/" + id + "/reports/districts/export.xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString("bao-cao-phong-"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = ExportedFiles.xlsx(xlsx)) {
            Sheet sheet = workbook.getSheet("Báo cáo các phòng");
            List<String> headers = ExportedFiles.headers(sheet);
            assertEquals(List.of("Mã Phòng GDĐT", "Tên Phòng GDĐT", "Mã trường", "Tên trường", "Trạng thái",
                    "Nộp lần đầu", "Nộp lần cuối", "Người nộp", "Nội dung báo cáo", "Số liệu tính đến ngày",
                    "CB-GV-NV: tổng", "CB-GV-NV: đã kích hoạt", "CB-GV-NV: tỉ lệ",
                    "Giáo viên: tổng", "Giáo viên: đã kích hoạt", "Giáo viên: tỉ lệ",
                    "Phụ huynh: tổng", "Phụ huynh: đã kích hoạt", "Phụ huynh: tỉ lệ",
                    "Học sinh: tổng", "Học sinh: đã kích hoạt", "Học sinh: tỉ lệ",
                    "schools", "schoolsDeployed"), headers);
            assertEquals(3, sheet.getLastRowNum(), "the header, D1, D2, then D2's school X");
            Row d1 = rowOf(sheet, scene.unit("D1"), null);
            assertText("Đúng hạn", d1.getCell(4));
            assertText("Phòng đã triển khai tới 2/2 trường.", d1.getCell(8));
            assertNumber(2, d1.getCell(headers.indexOf("schools")));
            assertNumber(2, d1.getCell(headers.indexOf("schoolsDeployed")));
            ExportedFiles.assertEmpty(d1, 2);
            ExportedFiles.assertEmpty(d1, headers.indexOf("CB-GV-NV: tổng"));
            Row d2 = rowOf(sheet, scene.unit("D2"), null);
            assertText("Đúng hạn", d2.getCell(4));
            assertEquals(CellType.NUMERIC, d2.getCell(5).getCellType(), "a submission time is a date cell");
            assertEquals(CellType.NUMERIC, d2.getCell(headers.indexOf("Số liệu tính đến ngày")).getCellType());
            assertNumber(1, d2.getCell(headers.indexOf("CB-GV-NV: tổng")));
            ExportedFiles.assertEmpty(d2, headers.indexOf("schoolsDeployed"));
            Row x = rowOf(sheet, scene.unit("D2"), scene.unit("X"));
            assertNumber(1, x.getCell(headers.indexOf("CB-GV-NV: tổng")));
            assertNumber(0, x.getCell(headers.indexOf("CB-GV-NV: đã kích hoạt")));
            assertPercent(0, x.getCell(headers.indexOf("CB-GV-NV: tỉ lệ")));
            ExportedFiles.assertEmpty(x, 4);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<List<String>> csv = ExportedFiles.csv(scene.as("so").get("/" + id + "/reports/districts/export.csv")
                .then().statusCode(200).extract().asByteArray());
        assertEquals("Mã Phòng GDĐT", csv.get(0).get(0));
        assertEquals(4, csv.size());
        // A district's officer exports their own district's row only; a principal gets 404.
        List<List<String>> own = ExportedFiles.csv(scene.as("o1").get("/" + id + "/reports/districts/export.csv")
                .then().statusCode(200).extract().asByteArray());
        assertEquals(2, own.size());
        assertEquals(scene.unit("D1"), own.get(1).get(0));
        scene.as("pA").get("/" + id + "/reports/districts/export.xlsx").then().statusCode(404);
    }

    /** The export's row of this district (and school, or the district's own row for null). */
    private static Row rowOf(Sheet sheet, String district, String school) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && district.equals(row.getCell(0).getStringCellValue())
                    && (school == null ? row.getCell(2) == null || row.getCell(2).getCellType() == CellType.BLANK
                    : row.getCell(2) != null && school.equals(row.getCell(2).getStringCellValue()))) {
                return row;
            }
        }
        throw new AssertionError("No row for " + district + " / " + school);
    }

    @Test
    void aDistrictThatDidNotAnswerByTheDeadlineIsMissing() {
        long id = send("so", "/departments/" + scene.unit("P"), withReport(directive(everyone(), null, false),
                clock.instant().plus(Duration.ofDays(1)))).getLong("id");
        clock.advance(Duration.ofDays(2));
        scenes.signInAgain(scene);
        scene.as("o2").body(Map.of("text", "Báo cáo muộn."))
                .put("/" + id + "/reports/districts/" + scene.unit("D2")).then().statusCode(200)
                .body("status", equalTo("LATE"));
        scene.as("so").get("/" + id + "/reports/districts").then().statusCode(200)
                .body("summary.missing", equalTo(1))
                .body("summary.late", equalTo(1));
    }

    @Test
    void districtsThatHaveNotAnsweredAreRemindedBeforeTheReportDeadline() {
        long id = send("so", "/departments/" + scene.unit("P"), withReport(directive(everyone(), null, false),
                clock.instant().plus(Duration.ofHours(12)))).getLong("id");
        scene.as("o1").body(Map.of("text", "Phòng đã triển khai.")).put("/" + id + "/reports/districts/"
                + scene.unit("D1")).then().statusCode(200);

        reminders.remindDue(clock.instant()).await().atMost(Duration.ofSeconds(30));

        assertEquals(0, remindedOfficers(id, scene.unit("D1")));
        assertEquals(1, remindedOfficers(id, scene.unit("D2")));
    }

    /** REPORT_DUE reminders that reached an inbox, of the officers of this district office. */
    private long remindedOfficers(long id, String district) {
        return db.count("""
                SELECT count(*) FROM directive_reminder m JOIN staff st ON st.id = m.staff_id
                JOIN district_office d ON d.id = st.district_office_id
                WHERE m.directive_id = $1 AND m.kind = 'REPORT_DUE' AND m.inbox_seq IS NOT NULL AND d.code = $2
                  AND st.school_id IS NULL""", id, district);
    }

    private JsonPath send(String person, String path, Map<String, Object> body) {
        return scene.as(person).body(body).post(path).then().statusCode(201).extract().jsonPath();
    }

    private static void assertCounts(JsonPath json, String path, int recipients, int delivered, int read, int ack) {
        assertEquals(recipients, json.getInt(path + ".recipients"), path + ".recipients");
        assertEquals(delivered, json.getInt(path + ".delivered"), path + ".delivered");
        assertEquals(read, json.getInt(path + ".read"), path + ".read");
        assertEquals(ack, json.getInt(path + ".acknowledged"), path + ".acknowledged");
    }
}

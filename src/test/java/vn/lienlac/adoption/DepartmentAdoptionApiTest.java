package vn.lienlac.adoption;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.adoption.AdoptionApi.admin;
import static vn.lienlac.adoption.AdoptionApi.as;
import static vn.lienlac.adoption.AdoptionApi.assertShare;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;
import vn.lienlac.platform.export.ExportedFiles;

/**
 * The department's adoption figures and the district and department daily history (issue 19; docs/adoption.md):
 *
 * <pre>
 * department P: district D1 (schools A1, A2), district D2 (school B1);  department Q: district D3 (school C1)
 * guardian M ✔: children a1m at A1, a2m at A2 (D1) and b1m at B1 (D2) — two schools, two districts
 * guardian N: child a1n at A1;  guardian O ✔: child b1o at B1;  guardian R ✔: child c1r at C1 (another department)
 * staff: A1 teacher ✔;  B1 principal;  C1 teacher ✔
 * officers: department officer of P, district officers of D1 and D3
 * </pre>
 *
 * M is one guardian of D1, one of D2 and one of P: the districts' guardians (2 + 2) are more than the department's (3).
 */
@QuarkusTest
class DepartmentAdoptionApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** 23:50 on 2 December 2032 in Hà Nội. */
    private static final Instant EVENING = Instant.parse("2032-12-02T16:50:00Z");

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    PeopleLookup lookup;

    @Inject
    TestSessions sessions;

    @Inject
    AdoptionHistory history;

    @Inject
    Pool pool;

    private String p;
    private String q;
    private String d1;
    private String d2;
    private String d3;
    private String guardianN;
    private String departmentOfficer;
    private String officerD1;
    private String officerD3;

    @BeforeEach
    void world() {
        d1 = schools.newDistrict();
        p = schools.departmentOf(d1);
        d2 = schools.newDistrictIn(p);
        d3 = schools.newDistrict();
        q = schools.departmentOf(d3);
        String a1 = schools.newSchool(d1, "THCS");
        String a2 = schools.newSchool(d1, "TIEU_HOC");
        String b1 = schools.newSchool(d2, "THCS");
        String c1 = schools.newSchool(d3, "THCS");

        String m = phone();
        long mId = people.guardian(m, "Nguyễn Thị Mẹ Hai Huyện");
        people.link(people.student(a1, code("HS"), "Con Một", true), mId, "MOTHER", true);
        people.link(people.student(a2, code("HS"), "Con Hai", true), mId, "MOTHER", true);
        people.link(people.student(b1, code("HS"), "Con Ba", true), mId, "MOTHER", true);
        signIn(m);
        guardianN = phone();
        people.link(people.student(a1, code("HS"), "Học Sinh En", true),
                people.guardian(guardianN, "Trần Văn En"), "FATHER", true);
        String o = phone();
        people.link(people.student(b1, code("HS"), "Học Sinh Ô", true), people.guardian(o, "Lê Thị Ô"), "MOTHER",
                true);
        signIn(o);
        String r = phone();
        people.link(people.student(c1, code("HS"), "Học Sinh Rờ", true), people.guardian(r, "Phạm Văn Rờ"),
                "FATHER", true);
        signIn(r);

        String teacherA1 = phone();
        people.staff(a1, code("GV"), "Giáo Viên A Một", "TEACHER", teacherA1, true);
        signIn(teacherA1);
        people.staff(b1, code("CB"), "Hiệu Trưởng Bê Một", "PRINCIPAL", phone(), true);
        String teacherC1 = phone();
        people.staff(c1, code("GV"), "Giáo Viên Xê Một", "TEACHER", teacherC1, true);
        signIn(teacherC1);

        departmentOfficer = token(departmentOfficer(p), Roles.DEPARTMENT_OFFICER);
        officerD1 = token(districtOfficer(d1), Roles.DISTRICT_OFFICER);
        officerD3 = token(districtOfficer(d3), Roles.DISTRICT_OFFICER);
    }

    @Test
    void departmentCountsAGuardianWithChildrenInTwoDistrictsOnceAndOncePerDistrict() {
        JsonPath json = as(departmentOfficer).get("/departments/" + p).then().statusCode(200)
                .body("code", equalTo(p))
                .body("districts.code", containsInAnyOrder(d1, d2))
                .extract().jsonPath();
        assertShare(json, "figures.guardians", 3, 2, "66.7");
        assertShare(json, "figures.students", 5, 4, "80.0");
        assertShare(json, "figures.staff", 2, 1, "50.0");
        assertShare(json, "figures.teachers", 1, 1, "100.0");
        assertShare(json, district(d1) + ".figures.guardians", 2, 1, "50.0");
        assertShare(json, district(d1) + ".figures.students", 3, 2, "66.7");
        assertShare(json, district(d1) + ".figures.staff", 1, 1, "100.0");
        assertShare(json, district(d2) + ".figures.guardians", 2, 2, "100.0");
        assertShare(json, district(d2) + ".figures.students", 2, 2, "100.0");
        assertShare(json, district(d2) + ".figures.staff", 1, 0, "0.0");
        assertShare(json, district(d2) + ".figures.teachers", 0, 0, null);

        // The district's own endpoint counts the same way, and so does the admin's view of the department.
        assertShare(as(departmentOfficer).get("/districts/" + d1).then().statusCode(200).extract().jsonPath(),
                "figures.guardians", 2, 1, "50.0");
        assertShare(admin().get("/departments/" + p).then().statusCode(200).extract().jsonPath(),
                "figures.guardians", 3, 2, "66.7");
    }

    @Test
    void theDepartmentsXlsxHasOneRowPerDistrictThenTheDepartmentsTotal() throws java.io.IOException {
        io.restassured.response.Response response = as(departmentOfficer).get("/departments/" + p + "/export");
        assertEquals(200, response.statusCode());
        try (var workbook = ExportedFiles.xlsx(response.asByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("Mã phòng GDĐT", "Tên phòng GDĐT"), ExportedFiles.headers(sheet).subList(0, 2));
            assertEquals("Tỉ lệ phụ huynh (%)", ExportedFiles.headers(sheet).get(10));
            assertEquals(4, sheet.getPhysicalNumberOfRows());
            Row first = sheet.getRow(1);
            Row districtD1 = d1.equals(first.getCell(0).getStringCellValue()) ? first : sheet.getRow(2);
            ExportedFiles.assertNumber(2, districtD1.getCell(8));
            ExportedFiles.assertNumber(1, districtD1.getCell(9));
            ExportedFiles.assertPercent(0.5, districtD1.getCell(10));
            Row total = sheet.getRow(3);
            ExportedFiles.assertText(p, total.getCell(0));
            // M, a guardian in both districts, is one of the department's three guardians.
            ExportedFiles.assertNumber(3, total.getCell(8));
            ExportedFiles.assertNumber(2, total.getCell(9));
            ExportedFiles.assertPercent(0.667, total.getCell(10));
        }
        as(departmentOfficer).queryParam("format", "csv").get("/departments/" + p + "/export").then().statusCode(200);
        as(officerD1).get("/departments/" + p + "/export").then().statusCode(403);
        as(departmentOfficer).get("/departments/" + q + "/export").then().statusCode(403);
    }

    @Test
    void onlyTheAdminAndTheDepartmentsOfficersSeeTheDepartment() {
        as(officerD1).get("/departments/" + p).then().statusCode(403);
        as(officerD3).get("/departments/" + p).then().statusCode(403);
        as(departmentOfficer).get("/departments/" + q).then().statusCode(403);
        as(departmentOfficer).get("/districts/" + d3).then().statusCode(403);
        as(departmentOfficer).get("/departments/" + p + "/history").then().statusCode(200);
        as(officerD1).get("/departments/" + p + "/history").then().statusCode(403);
        as(officerD3).get("/districts/" + d1 + "/history").then().statusCode(403);
        as(departmentOfficer).get("/districts/" + d3 + "/history").then().statusCode(403);
        admin().get("/departments/SO-KHONG-CO").then().statusCode(404)
                .body("detail", equalTo("Không tìm thấy Sở GDĐT SO-KHONG-CO."));
        as(departmentOfficer).get("/departments/SO-KHONG-CO").then().statusCode(403);
    }

    @Test
    void dailyHistoryOfDistrictAndDepartmentCountsAGuardianOnceAcrossSchools() {
        history.snapshot(EVENING).await().atMost(TIMEOUT);
        signIn(guardianN);
        history.snapshot(EVENING.plus(Duration.ofDays(1))).await().atMost(TIMEOUT);

        JsonPath district = as(officerD1).queryParam("from", "2032-12-01").queryParam("to", "2032-12-31")
                .get("/districts/" + d1 + "/history").then().statusCode(200)
                .body("code", equalTo(d1))
                .body("from", equalTo("2032-12-01"))
                .body("to", equalTo("2032-12-31"))
                .body("days.day", contains("2032-12-02", "2032-12-03"))
                .extract().jsonPath();
        assertShare(district, "days[0].figures.guardians", 2, 1, "50.0");
        assertShare(district, "days[0].figures.students", 3, 2, "66.7");
        assertShare(district, "days[1].figures.guardians", 2, 2, "100.0");
        assertShare(district, "days[1].figures.students", 3, 3, "100.0");

        JsonPath department = as(departmentOfficer).queryParam("from", "2032-12-01").queryParam("to", "2032-12-31")
                .get("/departments/" + p + "/history").then().statusCode(200)
                .body("code", equalTo(p))
                .body("days.day", contains("2032-12-02", "2032-12-03"))
                .extract().jsonPath();
        assertShare(department, "days[0].figures.guardians", 3, 2, "66.7");
        assertShare(department, "days[0].figures.staff", 2, 1, "50.0");
        assertShare(department, "days[1].figures.guardians", 3, 3, "100.0");
        assertShare(department, "days[1].figures.students", 5, 5, "100.0");

        // A rerun the same day keeps one row per district and department.
        history.snapshot(EVENING.plus(Duration.ofDays(1)).plusSeconds(60)).await().atMost(TIMEOUT);
        as(departmentOfficer).queryParam("from", "2032-12-03").queryParam("to", "2032-12-03")
                .get("/departments/" + p + "/history").then().statusCode(200).body("days.day", contains("2032-12-03"));
        as(departmentOfficer).queryParam("from", "2032-12-05").queryParam("to", "2032-12-01")
                .get("/departments/" + p + "/history").then().statusCode(400)
                .body("detail", equalTo("Ngày bắt đầu (from) phải trước hoặc bằng ngày kết thúc (to)."));
    }

    /** The district's entry in the department's answer (districts come by name). */
    private static String district(String code) {
        return "districts.find { it.code == '" + code + "' }";
    }

    private void signIn(String phone) {
        sessions.signIn(lookup.byPhone(phone).await().atMost(TIMEOUT));
    }

    private String token(String staffCode, String role) {
        return sessions.open(null, staffCode, Set.of(role)).accessToken();
    }

    private String departmentOfficer(String department) {
        String staffCode = code("SO");
        execute("""
                INSERT INTO staff (staff_code, department_id, full_name, name_search, role)
                SELECT $1, id, 'Chuyên Viên Sở', 'chuyen vien so', 'DEPARTMENT_OFFICER'
                FROM department WHERE code = $2""", staffCode, department);
        return staffCode;
    }

    private String districtOfficer(String district) {
        String staffCode = code("CV");
        execute("""
                INSERT INTO staff (staff_code, district_office_id, full_name, name_search, role)
                SELECT $1, id, 'Chuyên Viên Phòng', 'chuyen vien phong', 'DISTRICT_OFFICER'
                FROM district_office WHERE code = $2""", staffCode, district);
        return staffCode;
    }

    private void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
    }
}

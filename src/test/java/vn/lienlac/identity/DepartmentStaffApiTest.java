package vn.lienlac.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.identity.OfficeStaffApi.officeJson;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.identity.session.TestSessions;

/**
 * Department (Sở GDĐT) staff, from outside over HTTP (issue 15, Build 1; docs/access.md "Who may create which
 * role"): the admin imports department officers for their department; they belong to no school and no district
 * office, sign in like other staff, and read every district of their department (not another department's). As the
 * office above, they import their districts' office staff; nobody but the admin imports a department's staff. No
 * school or district-office import can make one. They send directives as their department, never as a district of it
 * (the department tier itself: DepartmentDirectiveApiTest).
 *
 * <p>The authorization matrix has no department-officer column: this class holds the department officer's rows.
 */
@QuarkusTest
class DepartmentStaffApiTest {

    private static final String ADMIN = "test-admin-token";
    private static final String DEPARTMENT_POSITION = "Chuyên viên Sở GD&ĐT";

    @Inject
    TestSchools schools;

    @Inject
    IdentityFixtures people;

    @Inject
    TestSessions sessions;

    private final OfficeStaffApi.Codes codes = new OfficeStaffApi.Codes();
    private String department;
    private String district;
    private String sisterDistrict;
    private String otherDistrict;
    private String school;

    @BeforeEach
    void world() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        district = schools.newDistrict();
        department = schools.departmentOf(district);
        sisterDistrict = schools.newDistrictIn(department);
        otherDistrict = schools.newDistrict();
        school = schools.newSchool(district, "THCS");
    }

    @Test
    void adminImportsADepartmentOfficerWhoSignsInAndReadsEveryDistrictOfTheDepartmentOnly() {
        String phone = PeopleFixtures.phone();
        String officer = PeopleFixtures.code("SO");
        List<Map<String, Object>> rows = List.of(row(officer, "Phó giám đốc Sở", phone));

        departmentJson(ADMIN, department, rows, Map.of("mode", "snapshot", "dryRun", "true")).statusCode(200)
                .body("status", equalTo("DRY_RUN"))
                .body("departmentCode", equalTo(department))
                .body("districtCode", nullValue())
                .body("schoolCode", nullValue())
                .body("counts.created", equalTo(1));
        assertEquals(0, people.count("SELECT count(*) FROM staff WHERE staff_code = $1", officer));
        assertEquals(0, people.count("SELECT count(*) FROM directory_import i JOIN department d "
                + "ON d.id = i.department_id WHERE d.code = $1", department));

        String importId = departmentJson(ADMIN, department, rows, Map.of("mode", "snapshot")).statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("counts.created", equalTo(1))
                .extract().path("importId");
        assertEquals(1, people.count("SELECT count(*) FROM staff s JOIN department d ON d.id = s.department_id "
                + "WHERE s.staff_code = $1 AND s.school_id IS NULL AND s.district_office_id IS NULL AND d.code = $2 "
                + "AND s.role = 'DEPARTMENT_OFFICER' AND s.active", officer, department));
        given().auth().oauth2(ADMIN).get("/api/v1/directory/departments/{d}/imports", department).then()
                .statusCode(200)
                .body("id", contains(importId))
                .body("departmentCode", contains(department));
        assertEquals(1, people.count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT_APPLIED' "
                + "AND subject = $1", importId));

        String token = signInByOtp(phone);
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(200)
                .body("roles", contains(Roles.DEPARTMENT_OFFICER));
        given().auth().oauth2(token).get("/api/v1/directory/districts").then().statusCode(200)
                .body("code", hasItems(district, sisterDistrict))
                .body("code", not(hasItem(otherDistrict)));
        given().auth().oauth2(token).get("/api/v1/directory/districts/{d}/schools", district).then().statusCode(200)
                .body("code", hasItem(school));
        given().auth().oauth2(token).get("/api/v1/directory/districts/{d}/schools", sisterDistrict).then()
                .statusCode(200);
        given().auth().oauth2(token).get("/api/v1/directory/schools/{s}/students", school).then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/directory/districts/{d}/schools", otherDistrict).then()
                .statusCode(403);
        given().auth().oauth2(token).get("/api/v1/adoption/districts/{d}", otherDistrict).then().statusCode(403);
    }

    @Test
    void departmentOfficerSetsAPasswordAndSignsInWithIt() {
        String phone = PeopleFixtures.phone();
        String officer = departmentOfficer(phone);
        String token = signInByOtp(phone);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("newPassword", "So-GDDT-mat-khau-2026"))
                .put("/api/v1/auth/password").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("login", officer, "password", "So-GDDT-mat-khau-2026"))
                .post("/api/v1/auth/password").then().statusCode(200);
    }

    @Test
    void schoolAndDistrictOfficeImportsRefuseADepartmentPosition() {
        String code = PeopleFixtures.code("SO");
        byte[] csv = ("Mã cán bộ,Họ và tên,Chức vụ\r\n" + code + ",Kẻ Mạo Danh," + DEPARTMENT_POSITION + "\r\n")
                .getBytes(StandardCharsets.UTF_8);

        given().auth().oauth2(ADMIN).contentType("text/csv").queryParam("mode", "delta").body(csv)
                .post("/api/v1/directory/schools/{s}/imports/staff", school).then().statusCode(400)
                .body("code", equalTo("IMPORT_REJECTED"))
                .body("errors.column", contains("Chức vụ"))
                .body("errors.code", contains("OFFICE_ROLE"));
        given().auth().oauth2(ADMIN).contentType("text/csv").queryParam("mode", "delta").body(csv)
                .post("/api/v1/directory/districts/{d}/imports/staff", district).then().statusCode(400)
                .body("code", equalTo("IMPORT_REJECTED"))
                .body("errors.column", contains("Chức vụ"))
                .body("errors.code", contains("NOT_OFFICE_ROLE"));
        departmentJson(ADMIN, department, List.of(row(PeopleFixtures.code("CV"), "Chuyên viên Phòng GDĐT", null),
                        row(PeopleFixtures.code("GV"), "Giáo viên", null)), Map.of("mode", "delta", "dryRun", "true"))
                .statusCode(200)
                .body("errors.code", contains("NOT_OFFICE_ROLE", "NOT_OFFICE_ROLE"));

        assertEquals(0, people.count("SELECT count(*) FROM staff WHERE staff_code = $1", code));
    }

    @Test
    void departmentOfficerRunsTheOfficeImportOfTheirDistrictsButNotOfAnotherDepartments() {
        String token = sessions.open(null, departmentOfficer(PeopleFixtures.phone()),
                Set.of(Roles.DEPARTMENT_OFFICER)).accessToken();
        String districtOfficer = PeopleFixtures.code("CV");

        String importId = officeJson(token, sisterDistrict, List.of(row(districtOfficer, "Chuyên viên Phòng GDĐT",
                null)), Map.of("mode", "delta")).statusCode(200)
                .body("counts.created", equalTo(1))
                .extract().path("importId");
        assertEquals(1, people.count("SELECT count(*) FROM staff s JOIN district_office d ON d.id = "
                + "s.district_office_id WHERE s.staff_code = $1 AND s.school_id IS NULL AND d.code = $2 "
                + "AND s.role = 'DISTRICT_OFFICER'", districtOfficer, sisterDistrict));
        given().auth().oauth2(token).get("/api/v1/directory/districts/{d}/imports", sisterDistrict).then()
                .statusCode(200)
                .body("id", contains(importId));
        given().auth().oauth2(token).get("/api/v1/directory/imports/{id}", importId).then()
                .statusCode(200)
                .body("districtCode", equalTo(sisterDistrict));
        String otherDepartmentsImport = officeJson(ADMIN, otherDistrict, List.of(row(PeopleFixtures.code("CV"),
                "Chuyên viên Phòng GDĐT", null)), Map.of("mode", "delta")).statusCode(200).extract().path("importId");
        given().auth().oauth2(token).get("/api/v1/directory/imports/{id}", otherDepartmentsImport).then()
                .statusCode(404);

        officeJson(token, otherDistrict, List.of(row(PeopleFixtures.code("CV"), "Chuyên viên Phòng GDĐT", null)),
                Map.of("mode", "delta", "dryRun", "true")).statusCode(403);
        given().auth().oauth2(token).get("/api/v1/directory/districts/{d}/imports", otherDistrict).then()
                .statusCode(403);
        departmentJson(token, department, List.of(row(PeopleFixtures.code("SO"), DEPARTMENT_POSITION, null)),
                Map.of("mode", "delta", "dryRun", "true")).statusCode(403);
        given().auth().oauth2(token).get("/api/v1/directory/departments/{d}/imports", department).then()
                .statusCode(403);
    }

    @Test
    void districtOfficerRunsNeitherTheDepartmentImportNorTheirOwnOfficesImport() {
        String officer = PeopleFixtures.code("CV");
        officeJson(ADMIN, district, List.of(row(officer, "Chuyên viên Phòng GDĐT", null)), Map.of("mode", "delta"))
                .statusCode(200);
        String token = sessions.open(null, officer, Set.of(Roles.DISTRICT_OFFICER)).accessToken();
        List<Map<String, Object>> rows = List.of(row(PeopleFixtures.code("SO"), DEPARTMENT_POSITION, null));

        departmentJson(token, department, rows, Map.of("mode", "delta", "dryRun", "true")).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(token).get("/api/v1/directory/departments/{d}/imports", department).then()
                .statusCode(403);
        officeJson(token, district, List.of(row(PeopleFixtures.code("CV"), "Chuyên viên Phòng GDĐT", null)),
                Map.of("mode", "delta", "dryRun", "true")).statusCode(403);
    }

    @Test
    void districtOfficeImportCannotTakeOverAnActiveDepartmentOfficer() {
        String phone = PeopleFixtures.phone();
        String officer = departmentOfficer(phone);

        officeJson(ADMIN, district, List.of(row(officer, "Chuyên viên Phòng GDĐT", PeopleFixtures.phone())),
                Map.of("mode", "delta", "skipInvalid", "true")).statusCode(200)
                .body("errors.code", contains("OFFICE_STAFF_CODE"))
                .body("counts.updated", equalTo(0));

        assertEquals(1, people.count("SELECT count(*) FROM staff WHERE staff_code = $1 AND role = "
                + "'DEPARTMENT_OFFICER' AND district_office_id IS NULL AND phone = $2 AND active", officer, phone));
    }

    @Test
    void departmentOfficerCannotSendADirectiveAsADistrictOfTheirDepartment() {
        String token = sessions.open(null, departmentOfficer(PeopleFixtures.phone()),
                Set.of(Roles.DEPARTMENT_OFFICER)).accessToken();

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(DirectiveBodies.directive(Map.of("everyone", true), false))
                .post("/api/v1/directives/districts/{d}", district).then().statusCode(403);
        // Their DEPARTMENT position is a directive position of its own (issue 19): they have a sent list, empty here.
        given().auth().oauth2(token).get("/api/v1/directives/sent").then().statusCode(200).body("size()", equalTo(0));
        assertEquals(0, people.count("SELECT count(*) FROM directive d JOIN district_office o "
                + "ON o.id = d.district_office_id WHERE o.code = $1", district));
    }

    /** A department officer imported for the department by the admin; returns the staff code. */
    private String departmentOfficer(String phone) {
        String code = PeopleFixtures.code("SO");
        departmentJson(ADMIN, department, List.of(row(code, DEPARTMENT_POSITION, phone)), Map.of("mode", "delta"))
                .statusCode(200).body("counts.created", equalTo(1));
        return code;
    }

    private static ValidatableResponse departmentJson(String token, String department, List<Map<String, Object>> rows,
            Map<String, ?> query) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).queryParams(query)
                .body(Map.of("staff", rows)).post("/api/v1/directory/departments/{d}/imports/staff", department)
                .then();
    }

    private static Map<String, Object> row(String code, String position, String phone) {
        return OfficeStaffApi.row(code, "Lê Văn Sở", position, phone);
    }

    private String signInByOtp(String phone) {
        return OfficeStaffApi.signInByOtp(codes, phone);
    }
}

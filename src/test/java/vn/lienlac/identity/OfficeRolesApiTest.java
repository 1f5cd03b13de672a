package vn.lienlac.identity;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.identity.OfficeStaffApi.officeJson;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.directory.sync.DirectoryChanged;
import vn.lienlac.directory.sync.DirectoryChangedRecorder;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.identity.session.TestSessions;

/**
 * Roles come from the office that owns them (issue 15, finding 1; docs/access.md "Who may create which role"), tested
 * as the attack was made: from outside, over HTTP, against the real server and PostgreSQL. A school's import — by its
 * portal key or by its principal — cannot make a district officer; the admin imports officers for their office, and
 * office staff belong to no school.
 */
@QuarkusTest
class OfficeRolesApiTest {

    private static final String ADMIN = "test-admin-token";
    private static final String OFFICER_POSITION = "Chuyên viên Phòng GDĐT";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    TestSchools schools;

    @Inject
    IdentityFixtures people;

    @Inject
    TestSessions sessions;

    @Inject
    Pool pool;

    @Inject
    DirectoryChangedRecorder changes;

    private final OfficeStaffApi.Codes codes = new OfficeStaffApi.Codes();
    private String district;
    private String school;

    @BeforeEach
    void world() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        district = schools.newDistrict();
        school = schools.newSchool(district, "THCS");
    }

    @Test
    void schoolPortalKeyCannotMakeADistrictOfficer() {
        String key = apiKey(school);
        String phone = PeopleFixtures.phone();
        String officerCode = PeopleFixtures.code("CV");
        byte[] csv = ("Mã cán bộ,Họ và tên,Chức vụ,SĐT\r\n"
                + PeopleFixtures.code("GV") + ",Trần Thị Thu,Giáo viên,\r\n"
                + officerCode + ",Kẻ Mạo Danh," + OFFICER_POSITION + "," + PeopleFixtures.local(phone) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);

        schoolCsv(given().auth().oauth2(key), csv, Map.of("mode", "delta")).statusCode(400)
                .body("code", equalTo("IMPORT_REJECTED"))
                .body("errors.row", contains(3))
                .body("errors.column", contains("Chức vụ"))
                .body("errors.code", contains("OFFICE_ROLE"))
                .body("errors[0].message", containsString("“Chức vụ”"));
        schoolCsv(given().auth().oauth2(key), csv, Map.of("mode", "delta", "skipInvalid", "true")).statusCode(200)
                .body("counts.created", equalTo(1))
                .body("counts.invalid", equalTo(1));

        assertEquals(0, people.count("SELECT count(*) FROM staff WHERE staff_code = $1 OR phone = $2", officerCode,
                phone));
        assertCannotSignIn(phone);
        assertNoOfficerReach(phone, officerCode);
    }

    @Test
    void principalCannotMakeAnOfficerWithTruongPhong() {
        String principalPhone = PeopleFixtures.phone();
        String principal = people.staff(school, "PRINCIPAL", principalPhone);
        String token = sessions.open(principalPhone, principal, Set.of(Roles.PRINCIPAL)).accessToken();
        String phone = PeopleFixtures.phone();
        String officerCode = PeopleFixtures.code("TP");

        schoolJson(token, List.of(row(officerCode, "Trưởng phòng", phone)), Map.of("mode", "delta"))
                .statusCode(400)
                .body("code", equalTo("IMPORT_REJECTED"))
                .body("errors.column", contains("position"))
                .body("errors.code", contains("OFFICE_ROLE"));

        assertEquals(0, people.count("SELECT count(*) FROM staff WHERE staff_code = $1", officerCode));
        assertCannotSignIn(phone);
        assertNoOfficerReach(phone, officerCode);
    }

    @Test
    void noOtherFieldOfASchoolImportSetsARole() {
        String key = apiKey(school);
        String code = PeopleFixtures.code("GV");
        Map<String, Object> teacher = row(code, "Giáo viên", PeopleFixtures.phone());
        teacher.put("role", "DISTRICT_OFFICER");
        teacher.put("districtCode", district);
        teacher.put("schoolId", null);

        schoolJson(key, List.of(teacher), Map.of("mode", "delta")).statusCode(200)
                .body("counts.created", equalTo(1));

        assertEquals(1, people.count("SELECT count(*) FROM staff WHERE staff_code = $1 AND role = 'TEACHER' "
                + "AND school_id = (SELECT id FROM school WHERE code = $2)", code, school));
    }

    @Test
    void existingTeacherCannotBeTurnedIntoAnOfficerByTheirSchool() {
        String phone = PeopleFixtures.phone();
        String teacher = people.staff(school, "TEACHER", phone);

        schoolJson(apiKey(school), List.of(row(teacher, OFFICER_POSITION, phone)),
                Map.of("mode", "delta", "skipInvalid", "true")).statusCode(200)
                .body("errors.code", contains("OFFICE_ROLE"))
                .body("counts.updated", equalTo(0));

        assertEquals(1, people.count("SELECT count(*) FROM staff WHERE staff_code = $1 AND role = 'TEACHER'", teacher));
        assertNoOfficerReach(phone, teacher);
    }

    @Test
    void adminImportsADistrictOfficerForTheOfficeWhoThenSeesTheDistrict() {
        String phone = PeopleFixtures.phone();
        String officer = PeopleFixtures.code("CV");
        List<Map<String, Object>> rows = List.of(row(officer, OFFICER_POSITION, phone));

        officeJson(ADMIN, district, rows, Map.of("mode", "snapshot", "dryRun", "true")).statusCode(200)
                .body("status", equalTo("DRY_RUN"))
                .body("districtCode", equalTo(district))
                .body("schoolCode", nullValue())
                .body("counts.created", equalTo(1));
        assertEquals(0, people.count("SELECT count(*) FROM staff WHERE staff_code = $1", officer));
        assertEquals(0, people.count("SELECT count(*) FROM directory_import i JOIN district_office d "
                + "ON d.id = i.district_office_id WHERE d.code = $1", district));

        String importId = officeJson(ADMIN, district, rows, Map.of("mode", "snapshot")).statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("counts.created", equalTo(1))
                .extract().path("importId");
        assertEquals(1, people.count("SELECT count(*) FROM staff s JOIN district_office d ON d.id = "
                + "s.district_office_id WHERE s.staff_code = $1 AND s.school_id IS NULL AND d.code = $2 "
                + "AND s.role = 'DISTRICT_OFFICER' AND s.active", officer, district));
        given().auth().oauth2(ADMIN).get("/api/v1/directory/districts/{d}/imports", district).then().statusCode(200)
                .body("id", contains(importId))
                .body("districtCode", contains(district));
        assertEquals(1, people.count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT_APPLIED' "
                + "AND subject = $1", importId));
        given().auth().oauth2(ADMIN).get("/api/v1/directory/imports/{id}", importId).then().statusCode(200)
                .body("districtCode", equalTo(district));

        String token = signInByOtp(phone);
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(200)
                .body("roles", hasItem(Roles.DISTRICT_OFFICER));
        given().auth().oauth2(token).get("/api/v1/directory/districts/{d}/schools", district).then().statusCode(200)
                .body("code", hasItem(school));
        given().auth().oauth2(token).get("/api/v1/directory/schools/{s}/students", school).then().statusCode(200);
    }

    @Test
    void officeStaffAreInNoSchoolAndASchoolSnapshotLeavesThemAlone() {
        String officer = officeOfficer(PeopleFixtures.phone());
        String teacher = PeopleFixtures.code("GV");

        schoolJson(ADMIN, List.of(row(teacher, "Giáo viên", null)), Map.of("mode", "snapshot")).statusCode(200)
                .body("counts.deactivated", equalTo(0));

        assertEquals(1, people.count("SELECT count(*) FROM staff WHERE staff_code = $1 AND active "
                + "AND school_id IS NULL", officer));
        given().auth().oauth2(ADMIN).get("/api/v1/directory/schools/{s}/staff?includeInactive=true", school)
                .then().statusCode(200)
                .body("items.staffCode", contains(teacher));
        given().auth().oauth2(ADMIN).get("/api/v1/adoption/schools/{s}", school).then().statusCode(200)
                .body("figures.staff.total", equalTo(1));
    }

    @Test
    void schoolImportCannotTakeOverAnOfficeStaffMembersCode() {
        String officerPhone = PeopleFixtures.phone();
        String officer = officeOfficer(officerPhone);
        String attacker = PeopleFixtures.phone();

        schoolJson(apiKey(school), List.of(row(officer, "Giáo viên", attacker)),
                Map.of("mode", "delta", "skipInvalid", "true")).statusCode(200)
                .body("errors.code", contains("OFFICE_STAFF_CODE"))
                .body("errors.column", contains("staffCode"))
                .body("counts.created", equalTo(0))
                .body("counts.updated", equalTo(0));

        assertEquals(1, people.count("SELECT count(*) FROM staff WHERE staff_code = $1 AND school_id IS NULL "
                + "AND role = 'DISTRICT_OFFICER' AND phone = $2 AND active", officer, officerPhone));
    }

    @Test
    void officeImportTakesOnlyOfficeRolesAndNotAnActiveSchoolStaffMember() {
        String teacher = people.staff(school, "TEACHER", PeopleFixtures.phone());
        Map<String, Object> homeroom = row(PeopleFixtures.code("CV"), OFFICER_POSITION, null);
        homeroom.put("homeroomClass", "6A1");

        officeJson(ADMIN, district, List.of(row(PeopleFixtures.code("GV"), "Giáo viên", null),
                        row(teacher, OFFICER_POSITION, null), homeroom),
                Map.of("mode", "delta", "dryRun", "true")).statusCode(200)
                .body("errors.row", contains(1, 2, 3))
                .body("errors.code", contains("NOT_OFFICE_ROLE", "SCHOOL_STAFF_CODE", "NOT_FOR_OFFICE"));
    }

    @Test
    void officerMadeThroughASchoolBeforeTheFixGrantsNothingIsListedAndIsFixedByTheOfficeImport() {
        // Fixed: the row leaves the school (whose chat groups are told to follow) for the office, with its district.
        String phone = PeopleFixtures.phone();
        String code = PeopleFixtures.code("CV");
        officerAttachedToSchoolAsBeforeV20(code, phone);

        assertEquals(1, people.count("SELECT count(*) FROM staff_office_role_at_school WHERE staff_code = $1 "
                + "AND school_code = $2", code, school));
        assertNoOfficerReach(phone, code);

        String importId = officeJson(ADMIN, district, List.of(row(code, OFFICER_POSITION, phone)),
                Map.of("mode", "delta")).statusCode(200).body("counts.updated", equalTo(1)).extract().path("importId");

        assertEquals(0, people.count("SELECT count(*) FROM staff_office_role_at_school WHERE staff_code = $1", code));
        DirectoryChanged left = new DirectoryChanged(school, UUID.fromString(importId));
        await().atMost(WAIT).until(() -> changes.received().contains(left));
        String token = sessions.open(phone, code, Set.of(Roles.DISTRICT_OFFICER)).accessToken();
        given().auth().oauth2(token).get("/api/v1/directory/districts/{d}/schools", district).then().statusCode(200);
    }

    @Test
    void theMigrationNotesQueriesRunAndFindTheOfficerMadeThroughASchool() throws Exception {
        String code = PeopleFixtures.code("CV");
        officerAttachedToSchoolAsBeforeV20(code, PeopleFixtures.phone());
        List<String> queries = migrationNoteQueries();
        assertEquals(3, queries.size(), () -> "queries: " + queries);

        List<String> found = pool.query(queries.get(0)).execute().await().atMost(WAIT).stream()
                .map(row -> row.getString("staff_code")).toList();
        assertTrue(found.contains(code), () -> code + " not in " + found);
        for (String query : queries.subList(1, queries.size())) {
            pool.query(query).execute().await().atMost(WAIT);
        }
    }

    @Test
    void schoolPortalKeyAndPrincipalCannotCallTheOfficeImportNorReadItsLog() {
        String principalPhone = PeopleFixtures.phone();
        String principal = people.staff(school, "PRINCIPAL", principalPhone);
        String token = sessions.open(principalPhone, principal, Set.of(Roles.PRINCIPAL)).accessToken();
        List<Map<String, Object>> rows = List.of(row(PeopleFixtures.code("CV"), OFFICER_POSITION, null));

        officeJson(apiKey(school), district, rows, Map.of("mode", "delta")).statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        officeJson(token, district, rows, Map.of("mode", "delta")).statusCode(403);
        given().auth().oauth2(apiKey(school)).get("/api/v1/directory/districts/{d}/imports", district)
                .then().statusCode(403);
        String officeImport = officeJson(ADMIN, district, rows, Map.of("mode", "delta")).statusCode(200)
                .extract().path("importId");
        given().auth().oauth2(token).get("/api/v1/directory/imports/{id}", officeImport).then().statusCode(404);
        given().auth().oauth2(apiKey(school)).get("/api/v1/directory/imports/{id}", officeImport)
                .then().statusCode(404);
    }

    /** The phone cannot sign in: it holds no role, so no code is sent (the answer is the usual 202). */
    private void assertCannotSignIn(String phone) {
        given().contentType(ContentType.JSON).body(Map.of("phone", phone)).post("/api/v1/auth/otp/request")
                .then().statusCode(202);
        assertTrue(codes.sentTo(phone) == null, "no code may be sent to a number that holds no role");
    }

    /** A token naming the phone and staff code, and claiming the officer role, reaches nothing of the district. */
    private void assertNoOfficerReach(String phone, String staffCode) {
        String claimed = sessions.open(phone, staffCode, Set.of(Roles.DISTRICT_OFFICER)).accessToken();
        given().auth().oauth2(claimed).get("/api/v1/directory/districts").then().statusCode(403);
        given().auth().oauth2(claimed).get("/api/v1/directory/districts/{d}/schools", district).then().statusCode(403);
        given().auth().oauth2(claimed).get("/api/v1/adoption/districts/{d}", district).then().statusCode(403);
    }

    /** A district officer imported for the office by the admin; returns the staff code. */
    private String officeOfficer(String phone) {
        String code = PeopleFixtures.code("CV");
        officeJson(ADMIN, district, List.of(row(code, OFFICER_POSITION, phone)), Map.of("mode", "delta"))
                .statusCode(200).body("counts.created", equalTo(1));
        return code;
    }

    /**
     * An office-role row attached to the school, as a school's import made them before V20. The constraint that now
     * forbids it is lifted for this one insert, in the same transaction, so no other test ever sees it missing.
     */
    private void officerAttachedToSchoolAsBeforeV20(String code, String phone) {
        pool.withTransaction(conn -> conn.query("ALTER TABLE staff DROP CONSTRAINT staff_office_role_not_at_school")
                        .execute()
                        .chain(() -> conn.preparedQuery("""
                                INSERT INTO staff (staff_code, district_office_id, school_id, full_name, name_search,
                                    role, phone, active)
                                SELECT $1, sc.district_office_id, sc.id, 'Kẻ Mạo Danh', 'ke mao danh',
                                    'DISTRICT_OFFICER', $2, true
                                FROM school sc WHERE sc.code = $3""").execute(Tuple.of(code, phone, school)))
                        .chain(() -> conn.query("""
                                ALTER TABLE staff ADD CONSTRAINT staff_office_role_not_at_school
                                    CHECK (role <> 'DISTRICT_OFFICER' OR school_id IS NULL OR NOT active) NOT VALID""")
                                .execute()))
                .await().atMost(WAIT);
    }

    /** The SELECT statements of docs/operations.md's migration note, as an operator would paste them. */
    private static List<String> migrationNoteQueries() throws IOException {
        String doc = Files.readString(Path.of("docs/operations.md"));
        String note = doc.substring(doc.indexOf("## Migration note: officers created through a school"));
        Matcher blocks = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(note);
        List<String> queries = new ArrayList<>();
        while (blocks.find()) {
            for (String statement : blocks.group(1).split(";")) {
                String sql = statement.lines().filter(line -> !line.strip().startsWith("--"))
                        .collect(Collectors.joining("\n")).strip();
                if (sql.startsWith("SELECT")) {
                    queries.add(sql);
                }
            }
        }
        return queries;
    }

    private ValidatableResponse schoolCsv(RequestSpecification caller, byte[] csv, Map<String, ?> query) {
        return caller.contentType("text/csv").queryParams(query).body(csv)
                .post("/api/v1/directory/schools/{s}/imports/staff", school).then();
    }

    private ValidatableResponse schoolJson(String token, List<Map<String, Object>> rows, Map<String, ?> query) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).queryParams(query)
                .body(Map.of("staff", rows)).post("/api/v1/directory/schools/{s}/imports/staff", school).then();
    }

    private static String apiKey(String school) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("schoolCode", school, "name", "Cổng trường"))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
    }

    private static Map<String, Object> row(String code, String position, String phone) {
        return OfficeStaffApi.row(code, "Ngô Văn Sơn", position, phone);
    }

    private String signInByOtp(String phone) {
        return OfficeStaffApi.signInByOtp(codes, phone);
    }
}

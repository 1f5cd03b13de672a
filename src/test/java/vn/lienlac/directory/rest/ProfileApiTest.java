package vn.lienlac.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;

/** {@code GET /api/v1/directory/me}: the signed-in person as the web app starts from (docs/api.md, "Who am I"). */
@QuarkusTest
class ProfileApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ME = "/api/v1/directory/me";

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    TestSessions sessions;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Test
    void guardianOfTwoChildrenInTwoSchoolsSeesBothButNotEndedLinksOrChildrenWhoLeft() {
        String year = SchoolYears.current(clock);
        String district = schools.newDistrict();
        String a = schools.newSchool(district, "THCS");
        String b = schools.newSchool(district, "TIEU_HOC");
        long class6 = people.schoolClass(a, year, "6A1", null);
        long class3 = people.schoolClass(b, year, "3B2", null);
        long lastYear = people.schoolClass(b, previous(year), "2B1", null);
        String phone = phone();
        long mother = people.guardian(phone, "Trần Thị Mai");
        String an = code("HS");
        long anId = people.student(a, an, "Nguyễn Minh An", true);
        people.enroll(anId, class6);
        String chau = code("HS");
        long chauId = people.student(b, chau, "Nguyễn Bảo Châu", true);
        people.enroll(chauId, class3);
        long cuong = people.student(b, code("HS"), "Nguyễn Văn Cường", true);
        people.enroll(cuong, lastYear); // still enrolled in last year's class: no class this year
        long ended = people.student(a, code("HS"), "Nguyễn Thị Dung", true);
        long left = people.student(a, code("HS"), "Nguyễn Văn Em", false);
        people.link(anId, mother, "MOTHER", true);
        people.link(chauId, mother, "MOTHER", true);
        people.link(chauId, mother, "GUARDIAN", true); // two links to one child: listed once
        people.link(cuong, mother, "MOTHER", true);
        people.link(ended, mother, "MOTHER", false);
        people.link(left, mother, "MOTHER", true);

        as(phone, null, Roles.GUARDIAN).get(ME).then().statusCode(200)
                .body("fullName", equalTo("Trần Thị Mai"))
                .body("participants", contains("g:" + mother))
                .body("staff", empty())
                .body("children.fullName", contains("Nguyễn Bảo Châu", "Nguyễn Minh An", "Nguyễn Văn Cường"))
                .body("children[0].studentCode", equalTo(chau))
                .body("children[0].classId", equalTo((int) class3))
                .body("children[0].className", equalTo("3B2"))
                .body("children[0].schoolCode", equalTo(b))
                .body("children[0].schoolName", equalTo("Trường thử nghiệm " + b))
                .body("children[0].level", equalTo("TIEU_HOC"))
                .body("children[0].levelLabel", equalTo("Tiểu học"))
                .body("children[1].studentCode", equalTo(an))
                .body("children[1].classId", equalTo((int) class6))
                .body("children[1].className", equalTo("6A1"))
                .body("children[1].schoolCode", equalTo(a))
                .body("children[1].level", equalTo("THCS"))
                .body("children[2].classId", nullValue())
                .body("children[2].className", nullValue());
    }

    @Test
    void teacherWhoTeachesTwoClassesAndIsHomeroomOfOneAndIsAlsoAParent() {
        String year = SchoolYears.current(clock);
        String district = schools.newDistrict();
        String a = schools.newSchool(district, "THCS");
        String phone = phone();
        String staffCode = code("GV");
        long teacher = people.staff(a, staffCode, "Lê Thị Hoa", "TEACHER", phone, true);
        long class7 = people.schoolClass(a, year, "7A2", teacher);
        long class6 = people.schoolClass(a, year, "6A1", null);
        people.teach(teacher, class6, "Toán");
        people.teach(teacher, class6, "TOAN"); // the same subject by its code: listed once
        people.teach(teacher, class6, "Kỹ năng sống"); // not a subject of the programme
        people.teach(teacher, class7, "Ngữ văn");
        long class8 = people.schoolClass(a, year, "8A1", null);
        people.teach(teacher, class8, "Toán");
        execute("UPDATE teaching_assignment SET active = false WHERE staff_id = $1 AND class_id = $2", teacher,
                class8);
        long closed = people.schoolClass(a, year, "9A1", teacher);
        execute("UPDATE school_class SET active = false WHERE id = $1", closed);
        people.schoolClass(a, previous(year), "6A3", teacher);
        long child = people.student(a, code("HS"), "Lê Minh Khôi", true);
        people.enroll(child, class6);
        long guardian = people.guardian(phone, "Lê Thị Hoa");
        people.link(child, guardian, "MOTHER", true);

        as(phone, staffCode, Roles.TEACHER).get(ME).then().statusCode(200)
                .body("fullName", equalTo("Lê Thị Hoa"))
                .body("participants", contains("s:" + teacher, "g:" + guardian))
                .body("children.fullName", contains("Lê Minh Khôi"))
                .body("staff", hasSize(1))
                .body("staff[0].staffCode", equalTo(staffCode))
                .body("staff[0].participant", equalTo("s:" + teacher))
                .body("staff[0].schoolCode", equalTo(a))
                .body("staff[0].districtCode", equalTo(district))
                .body("staff[0].schoolName", equalTo("Trường thử nghiệm " + a))
                .body("staff[0].position", equalTo("TEACHER"))
                .body("staff[0].positionLabel", equalTo("Giáo viên"))
                .body("staff[0].classes.name", contains("6A1", "7A2"))
                .body("staff[0].classes.classId", contains((int) class6, (int) class7))
                .body("staff[0].classes.homeroom", contains(false, true))
                .body("staff[0].classes[0].subjects", hasSize(2))
                .body("staff[0].classes[0].subjects.find { it.code == 'TOAN' }.name", equalTo("Toán"))
                .body("staff[0].classes[0].subjects.find { it.code == null }.name", equalTo("Kỹ năng sống"))
                .body("staff[0].classes[1].subjects", contains(Map.of("code", "NGU_VAN", "name", "Ngữ văn")));
    }

    @Test
    void homeroomTeacherWhoTeachesNoSubjectThereHasNoSubjects() {
        String a = schools.newSchool();
        String staffCode = code("GV");
        long teacher = people.staff(a, staffCode, "Phạm Văn Nam", "VICE_PRINCIPAL", null, true);
        people.schoolClass(a, SchoolYears.current(clock), "9A1", teacher);

        as(null, staffCode, Roles.VICE_PRINCIPAL).get(ME).then().statusCode(200)
                .body("participants", contains("s:" + teacher))
                .body("children", empty())
                .body("staff[0].position", equalTo("VICE_PRINCIPAL"))
                .body("staff[0].positionLabel", equalTo("Phó hiệu trưởng"))
                .body("staff[0].classes.name", contains("9A1"))
                .body("staff[0].classes[0].homeroom", equalTo(true))
                .body("staff[0].classes[0].subjects", empty());
    }

    @Test
    void officeStaffHaveNoSchool() {
        String district = schools.newDistrict();
        String staffCode = code("CV");
        execute("""
                INSERT INTO staff (staff_code, district_office_id, full_name, name_search, role)
                SELECT $1, id, 'Đinh Văn Phòng', 'dinh van phong', 'DISTRICT_OFFICER'
                FROM district_office WHERE code = $2""", staffCode, district);
        long id = number("SELECT id FROM staff WHERE staff_code = $1", staffCode);

        as(null, staffCode, Roles.DISTRICT_OFFICER).get(ME).then().statusCode(200)
                .body("fullName", equalTo("Đinh Văn Phòng"))
                .body("participants", contains("s:" + id))
                .body("children", empty())
                .body("staff", hasSize(1))
                .body("staff[0].staffCode", equalTo(staffCode))
                .body("staff[0].participant", equalTo("s:" + id))
                .body("staff[0].schoolCode", nullValue())
                .body("staff[0].schoolName", nullValue())
                .body("staff[0].position", equalTo("DISTRICT_OFFICER"))
                .body("staff[0].positionLabel", equalTo("Chuyên viên Phòng GDĐT"))
                .body("staff[0].districtCode", equalTo(district))
                .body("staff[0].departmentCode", nullValue())
                .body("staff[0].classes", empty());
    }

    @Test
    void departmentOfficerNamesTheirDepartmentAndNoDistrict() {
        String department = schools.departmentOf(schools.newDistrict());
        String staffCode = code("CV");
        execute("""
                INSERT INTO staff (staff_code, department_id, full_name, name_search, role)
                SELECT $1, id, 'Đinh Thị Sở', 'dinh thi so', 'DEPARTMENT_OFFICER'
                FROM department WHERE code = $2""", staffCode, department);

        as(null, staffCode, Roles.DEPARTMENT_OFFICER).get(ME).then().statusCode(200)
                .body("staff", hasSize(1))
                .body("staff[0].position", equalTo("DEPARTMENT_OFFICER"))
                .body("staff[0].schoolCode", nullValue())
                .body("staff[0].districtCode", nullValue())
                .body("staff[0].departmentCode", equalTo(department));
    }

    @Test
    void personTheDirectoryDoesNotKnowGetsAnEmptyProfile() {
        as(phone(), null, Roles.GUARDIAN).get(ME).then().statusCode(200)
                .body("fullName", nullValue())
                .body("participants", empty())
                .body("children", empty())
                .body("staff", empty());
    }

    @Test
    void deactivatedGuardianAndTeacherAreNoLongerKnown() {
        String a = schools.newSchool();
        String phone = phone();
        long guardian = people.guardian(phone, "Võ Thị Cũ");
        long child = people.student(a, code("HS"), "Võ Minh Cũ", true);
        people.link(child, guardian, "MOTHER", true);
        execute("UPDATE guardian SET active = false WHERE id = $1", guardian);
        people.staff(a, code("GV"), "Võ Thị Cũ", "TEACHER", phone, false);

        as(phone, null, Roles.GUARDIAN).get(ME).then().statusCode(200)
                .body("fullName", nullValue())
                .body("participants", empty())
                .body("children", empty())
                .body("staff", empty());
    }

    @Test
    void adminTokenAndSchoolKeysAreNoPersonAndAnonymousIsRefused() {
        given().auth().oauth2("test-admin-token").get(ME).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        String key = given().auth().oauth2("test-admin-token").contentType(ContentType.JSON)
                .body(Map.of("schoolCode", schools.newSchool(), "name", "Cổng trường")).post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("key");
        given().auth().oauth2(key).get(ME).then().statusCode(403);
        given().get(ME).then().statusCode(401);
    }

    private RequestSpecification as(String phone, String staffCode, String role) {
        return given().auth().oauth2(sessions.open(phone, staffCode, Set.of(role)).accessToken());
    }

    /** {@code 2026-2027} → {@code 2025-2026}. */
    private static String previous(String year) {
        int start = Integer.parseInt(year.substring(0, 4)) - 1;
        return start + "-" + (start + 1);
    }

    private void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
    }

    private long number(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT).iterator().next()
                .getLong(0);
    }
}

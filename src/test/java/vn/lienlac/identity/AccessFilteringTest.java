package vn.lienlac.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.session.TestSessions;

/** What the matrix's 200s and 404s contain: lists cut to the caller's reach, and 404s that say nothing. */
@QuarkusTest
class AccessFilteringTest {

    private static final String BASE = "/api/v1/directory";

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    Pool pool;

    @Inject
    TestSessions issuer;

    @Inject
    Clock clock;

    private AccessFixture world;

    @BeforeEach
    void world() {
        world = AccessFixture.get(schools, people, pool, issuer, clock);
    }

    @Test
    void homeroomTeacherListsOnlyTheirClassesStudents() {
        as("t6A1").get("/schools/{school}/students", world.symbol("A")).then().statusCode(200)
                .body("items.studentCode", containsInAnyOrder(world.symbol("S6A1"), world.symbol("S6A1B")))
                .body("items.className", everyItem(equalTo("6A1")))
                .body("total", equalTo(2));
    }

    @Test
    void subjectTeacherSearchFindsOnlyTheirClassAndItsFamilies() {
        as("t7A1").queryParam("q", "học sinh").get("/schools/{school}/search", world.symbol("A")).then()
                .statusCode(200)
                .body("students.studentCode", contains(world.symbol("S7A1")))
                .body("guardians.phone", contains(world.symbol("G2.e164")));
    }

    @Test
    void principalListsEveryStudentOfTheSchool() {
        as("prinA").get("/schools/{school}/students", world.symbol("A")).then().statusCode(200)
                .body("items.studentCode", containsInAnyOrder(world.symbol("S6A1"), world.symbol("S6A1B"),
                        world.symbol("S7A1")));
    }

    @Test
    void teacherWithoutClassesSeesAnEmptyStudentList() {
        as("t0").get("/schools/{school}/students", world.symbol("A")).then().statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0));
        as("t0").queryParam("q", "học sinh").get("/schools/{school}/search", world.symbol("A")).then()
                .statusCode(200)
                .body("students", empty())
                .body("guardians", empty());
    }

    @Test
    void districtOfficerListsOnlyTheirDistrict() {
        as("doD1").get("/districts").then().statusCode(200)
                .body("code", contains(world.symbol("D1")));
    }

    @Test
    void districtOfficerListsTheSchoolsOfTheirDistrict() {
        as("doD1").get("/districts/{district}/schools", world.symbol("D1")).then().statusCode(200)
                .body("code", containsInAnyOrder(world.symbol("A"), world.symbol("B")));
    }

    @Test
    void guardianSeesBothChildrenInTwoSchools() {
        as("g2").get("/guardians/{phone}", world.symbol("G2")).then().statusCode(200)
                .body("children.studentCode", containsInAnyOrder(world.symbol("S7A1"), world.symbol("SC")));
    }

    @Test
    void staffSeeOnlyTheChildrenOfAGuardianThatTheyMaySee() {
        as("prinA").get("/guardians/{phone}", world.symbol("G2")).then().statusCode(200)
                .body("children.studentCode", contains(world.symbol("S7A1")));
        as("doD2").get("/guardians/{phone}", world.symbol("G2")).then().statusCode(200)
                .body("children.studentCode", contains(world.symbol("SC")));
    }

    @Test
    void anotherFamilysStudentLooksExactlyLikeAnUnknownOne() {
        assertHiddenLikeUnknown("g1", "/students/{code}", world.symbol("S7A1"), world.symbol("UNKNOWN_STUDENT"));
    }

    @Test
    void aStudentOfAnotherSchoolLooksExactlyLikeAnUnknownOne() {
        assertHiddenLikeUnknown("t7A1", "/students/{code}", world.symbol("SC"), world.symbol("UNKNOWN_STUDENT"));
    }

    @Test
    void anotherFamilysGuardianLooksExactlyLikeAnUnknownOne() {
        assertHiddenLikeUnknown("g1", "/guardians/{phone}", world.symbol("G2"), world.symbol("UNKNOWN_GUARDIAN"));
    }

    @Test
    void teacherDeactivatedByAnImportLosesAccessAtOnce() {
        String school = schools.newSchool();
        String staffCode = code("CB");
        long teacher = people.staff(school, staffCode, "Giáo viên Sắp Nghỉ", "TEACHER", phone(), true);
        long classId = people.schoolClass(school, SchoolYears.current(clock), "8A1", teacher);
        String student = code("HS");
        people.enroll(people.student(school, student, "Học sinh Tám", true), classId);
        String token = issuer.open(null, staffCode, Set.of(Roles.TEACHER)).accessToken();
        given().auth().oauth2(token).get(BASE + "/students/{code}", student).then().statusCode(200);

        pool.preparedQuery("UPDATE staff SET active = false, deactivated_at = now() WHERE id = $1")
                .execute(Tuple.of(teacher)).await().atMost(Duration.ofSeconds(30));

        given().auth().oauth2(token).get(BASE + "/students/{code}", student).then().statusCode(404);
        given().auth().oauth2(token).get(BASE + "/schools/{school}/students", school).then().statusCode(403);
    }

    /** The hidden thing and an unknown one answer byte for byte alike, but for the key the caller typed. */
    private void assertHiddenLikeUnknown(String caller, String path, String hidden, String unknown) {
        String requestId = "hidden-" + UUID.randomUUID();
        Response forbidden = as(caller).header("X-Request-Id", requestId).get(path, hidden);
        Response missing = as(caller).header("X-Request-Id", requestId).get(path, unknown);
        assertEquals(404, forbidden.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(missing.contentType(), forbidden.contentType());
        assertEquals(missing.body().asString().replace(display(unknown), "KEY"),
                forbidden.body().asString().replace(display(hidden), "KEY"));
    }

    /** How a key appears in a 404 message: student codes as typed, phone numbers in their display form. */
    private static String display(String key) {
        return key.matches("0[0-9]{9}")
                ? key.substring(0, 4) + " " + key.substring(4, 7) + " " + key.substring(7)
                : key;
    }

    private RequestSpecification as(String caller) {
        return given().auth().oauth2(world.token(caller)).basePath(BASE);
    }
}

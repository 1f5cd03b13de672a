package vn.lienlac.adoption;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.adoption.AdoptionApi.admin;
import static vn.lienlac.adoption.AdoptionApi.as;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;

/**
 * A class's roster for the teacher's app (docs/adoption.md, "A class's roster"), on the district of
 * {@link AdoptionFixture}: 6A1 has Nguyễn Văn Sáu (father F1 with an account never signed in, mother M1 signed in,
 * an ended link), Lý Thị Hai (mother M2; an inactive father), Lý Văn Ba (M2) and Mai Thị Bốn (no guardian).
 */
@QuarkusTest
class ClassRosterApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    AdoptionFixture fixture;

    @Inject
    PeopleFixtures people;

    @Inject
    TestSessions sessions;

    @Inject
    Pool pool;

    /** Built once: the tests only read it. */
    private static AdoptionFixture.World world;
    private static final Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeEach
    void build() {
        if (world != null) {
            return;
        }
        world = fixture.build();
        String a = world.get("A");
        long teaches6A2 = people.staff(a, code("GV"), "Đặng Văn Lớp Khác", "TEACHER", phone(), true);
        people.teach(teaches6A2, Long.parseLong(world.get("6A2")), "Ngữ văn");
        tokens.put("t6A2", token(null, staffCode(teaches6A2), Roles.TEACHER));
        String nurse = code("YT");
        people.staff(a, nurse, "Bùi Thị Y Tá", "SCHOOL_NURSE", phone(), true);
        tokens.put("nurseA", token(null, nurse, Roles.SCHOOL_NURSE));
        tokens.put("staffA", token(null, world.get("staffA"), Roles.STAFF));
        tokens.put("portalA", given().auth().oauth2(AdoptionApi.ADMIN_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("schoolCode", a, "name", "Cổng trường")).post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("key"));
    }

    @Test
    void rosterListsTheClassesStudentsByNameWithTheirActiveGuardiansAndActivation() {
        as(world.get("token.t1A")).get(roster("A", "6A1")).then().statusCode(200)
                .body("classId", equalTo(Integer.parseInt(world.get("6A1"))))
                .body("className", equalTo("6A1"))
                .body("schoolCode", equalTo(world.get("A")))
                .body("students.fullName", contains("Lý Thị Hai", "Lý Văn Ba", "Mai Thị Bốn", "Nguyễn Văn Sáu"))
                .body("students[0].studentCode", equalTo(world.get("s2")))
                // the inactive father of Lý Thị Hai is left out
                .body("students[0].guardians.phone", contains(local(world.get("M2"))))
                .body("students[0].guardians[0].fullName", equalTo("Lý Thị Mẹ Hai"))
                .body("students[0].guardians[0].relationship", equalTo("Mẹ"))
                .body("students[0].guardians[0].activated", equalTo(false))
                .body("students[0].guardians[0].participant", equalTo("g:" + guardianId(world.get("M2"))))
                .body("students[2].guardians", empty())
                // father first; the ended link to a guardian who signed in is left out
                .body("students[3].guardians.fullName", contains("Nguyễn Văn Bố Một", "Nguyễn Thị Mẹ Một"))
                .body("students[3].guardians.relationship", contains("Cha", "Mẹ"))
                .body("students[3].guardians.phone", contains(local(world.get("F1")), local(world.get("M1"))))
                .body("students[3].guardians.activated", contains(false, true));
    }

    @Test
    void activatedMeansWhatTheNotActivatedListSays() {
        var roster = admin().get(roster("A", "6A1")).then().statusCode(200).extract().jsonPath();
        var notActivated = admin().get("/schools/" + world.get("A") + "/classes/" + world.get("6A1")
                + "/not-activated").then().statusCode(200).extract().jsonPath();
        Set<String> listed = Set.copyOf(notActivated.getList("guardians.phone", String.class).stream()
                .map(ClassRosterApiTest::local).toList());
        Set<String> notActivatedOnRoster = Set.copyOf(roster.getList(
                "students.guardians.flatten().findAll { !it.activated }.phone", String.class));
        assertEquals(listed, notActivatedOnRoster);
    }

    @Test
    void classTeachersLeadershipAndTheDistrictSeeTheRosterOthersAreRefused() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(AdoptionApi.ADMIN_TOKEN, 200);
        expected.put(world.get("token.principalA"), 200);
        expected.put(world.get("token.vpA"), 200);
        expected.put(world.get("token.t1A"), 200); // homeroom teacher of 6A1
        expected.put(world.get("token.t2A"), 200); // teaches maths in 6A1
        expected.put(world.get("token.officerD"), 200);
        expected.put(tokens.get("t6A2"), 403); // a teacher of another class of the school
        expected.put(tokens.get("nurseA"), 403);
        expected.put(tokens.get("staffA"), 403);
        expected.put(tokens.get("portalA"), 403); // the school's key is no person of the school
        expected.put(world.get("token.M2"), 403); // a guardian of the class
        expected.put(world.get("token.principalB"), 403);
        expected.put(world.get("token.officerE"), 403);
        expected.forEach((token, status) -> as(token).get(roster("A", "6A1")).then().statusCode(status));

        as(tokens.get("t6A2")).get(roster("A", "6A2")).then().statusCode(200)
                .body("students.fullName[0]", equalTo("Học Sinh Số 10"));
        as(world.get("token.t1A")).get(roster("A", "6A2")).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        as(world.get("token.t2A")).get(roster("A", "6A2")).then().statusCode(403);
        given().basePath(AdoptionApi.BASE).get(roster("A", "6A1")).then().statusCode(401);
    }

    @Test
    void unknownSchoolOrClassOrAClassOfAnotherSchoolIs404() {
        admin().get("/schools/TRG-KHONG-CO/classes/" + world.get("6A1") + "/roster").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        admin().get("/schools/" + world.get("A") + "/classes/999999999/roster").then().statusCode(404)
                .body("detail", equalTo("Không tìm thấy lớp 999999999 của trường " + world.get("A") + "."));
        as(world.get("token.principalB")).get("/schools/" + world.get("B") + "/classes/" + world.get("6A1")
                + "/roster").then().statusCode(404);
        as(world.get("token.officerD")).get("/schools/" + world.get("B") + "/classes/" + world.get("6A1")
                + "/roster").then().statusCode(404);
    }

    private static String roster(String school, String className) {
        return "/schools/" + world.get(school) + "/classes/" + world.get(className) + "/roster";
    }

    /** {@code +84912345678} → {@code 0912345678}, as the roster writes numbers. */
    private static String local(String e164) {
        return "0" + e164.substring(3);
    }

    private String token(String phone, String staffCode, String role) {
        return sessions.open(phone, staffCode, Set.of(role)).accessToken();
    }

    private String staffCode(long staffId) {
        return pool.preparedQuery("SELECT staff_code FROM staff WHERE id = $1").execute(Tuple.of(staffId))
                .await().atMost(TIMEOUT).iterator().next().getString(0);
    }

    private long guardianId(String e164) {
        return pool.preparedQuery("SELECT id FROM guardian WHERE phone = $1").execute(Tuple.of(e164))
                .await().atMost(TIMEOUT).iterator().next().getLong(0);
    }
}

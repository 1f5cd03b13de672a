package vn.lienlac.directory.sync.rollover;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.lienlac.chat.membership.ChatDirectory.staff;
import static vn.lienlac.chat.membership.ChatDirectory.student;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.chat.membership.ChatDirectory;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;

/**
 * A school in its 2025-2026 year, imported through the REST API as the sector database would push it, and the roster
 * of its next year (docs/import.md, "New school year"):
 *
 * <pre>
 * 2025-2026  staff:    homeroom (homeroom teacher of 6A1, phone homeroomPhone), maths (teaches maths in 6A1, 6A2)
 *            students: s1 in 6A1 (father1), s2 in 6A1 (mother2), s4 in 6A1 (mother4), s3 in 6A2 (mother3)
 * 2026-2027  students: s1, s4 → 7A1; s3 → 7A2; s5 (new, father5) → 7A1; s2 is not listed (leaves the school)
 * </pre>
 */
@ApplicationScoped
public class RolloverScene {

    public static final String LAST_YEAR = "2025-2026";
    public static final String NEW_YEAR = "2026-2027";
    private static final String ADMIN_TOKEN = "test-admin-token";

    private final TestSchools schools;
    private final ChatDirectory directory;
    private final Pool pool;

    RolloverScene(TestSchools schools, ChatDirectory directory, Pool pool) {
        this.schools = schools;
        this.directory = directory;
        this.pool = pool;
    }

    /** The first column of every row of a query, as text. */
    public List<String> codes(String sql, Object... params) {
        List<String> values = new ArrayList<>();
        for (Row row : pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(Duration.ofSeconds(30))) {
            values.add(row.getString(0));
        }
        return values;
    }

    /** One school's people: codes and E.164 numbers. */
    public record Scene(String school, String homeroom, String homeroomPhone, String maths, String mathsPhone,
            String s1, String s2, String s3, String s4, String s5, String father1, String mother2, String mother3,
            String mother4, String father5) {
    }

    /** A new school with last year's staff and students imported, and its class groups filled. */
    public Scene lastYear() {
        Scene s = new Scene(schools.newSchool(), PeopleFixtures.code("CB"), PeopleFixtures.phone(),
                PeopleFixtures.code("CB"), PeopleFixtures.phone(), PeopleFixtures.code("HS"),
                PeopleFixtures.code("HS"), PeopleFixtures.code("HS"), PeopleFixtures.code("HS"),
                PeopleFixtures.code("HS"), PeopleFixtures.phone(), PeopleFixtures.phone(), PeopleFixtures.phone(),
                PeopleFixtures.phone(), PeopleFixtures.phone());
        importStaff(s.school(), LAST_YEAR, List.of(
                staff(s.homeroom(), "Giáo viên", s.homeroomPhone(), "6A1", List.of()),
                staff(s.maths(), "Giáo viên", s.mathsPhone(), null, List.of("6A1", "6A2"))))
                .then().log().ifValidationFails().statusCode(200);
        importStudents(s.school(), LAST_YEAR, "snapshot", false, List.of(
                student(s.s1(), "6A1", s.father1(), null),
                student(s.s2(), "6A1", null, s.mother2()),
                student(s.s4(), "6A1", null, s.mother4()),
                student(s.s3(), "6A2", null, s.mother3())))
                .then().log().ifValidationFails().statusCode(200);
        Set<String> members = Set.of(directory.staffMember(s.homeroom()), directory.staffMember(s.maths()),
                directory.guardian(s.father1()), directory.guardian(s.mother2()), directory.guardian(s.mother4()));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.members(
                directory.classGroup(s.school(), "6A1", "CLASS")).equals(members));
        return s;
    }

    /** The new year's roster of the scene's school: s2 left, s5 is new. */
    public static List<Map<String, Object>> newYearRoster(Scene s) {
        return List.of(
                student(s.s1(), "7A1", s.father1(), null),
                student(s.s4(), "7A1", null, s.mother4()),
                student(s.s5(), "7A1", s.father5(), null),
                student(s.s3(), "7A2", null, s.mother3()));
    }

    /** The rollover import (a snapshot of 2026-2027), applied or as a dry run; the raw response. */
    public Response rollover(Scene s, boolean dryRun) {
        return importStudents(s.school(), NEW_YEAR, "snapshot", dryRun, newYearRoster(s));
    }

    public Response importStudents(String school, String year, String mode, boolean dryRun,
            List<Map<String, Object>> rows) {
        return post(school, "students", year, mode, dryRun, Map.of("students", rows));
    }

    public Response importStaff(String school, String year, List<Map<String, Object>> rows) {
        return post(school, "staff", year, "snapshot", false, Map.of("staff", rows));
    }

    private static Response post(String school, String kind, String year, String mode, boolean dryRun,
            Map<String, Object> body) {
        return given().auth().oauth2(ADMIN_TOKEN).contentType(ContentType.JSON).queryParam("mode", mode)
                .queryParam("schoolYear", year).queryParam("dryRun", dryRun).body(body)
                .when().post("/api/v1/directory/schools/{school}/imports/" + kind, school);
    }
}

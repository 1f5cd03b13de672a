package vn.lienlac.directory.sync.rollover;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.chat.membership.ChatDirectory.student;
import static vn.lienlac.directory.sync.rollover.RolloverScene.LAST_YEAR;
import static vn.lienlac.directory.sync.rollover.RolloverScene.NEW_YEAR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.sync.rollover.RolloverScene.Scene;

/**
 * The new school year through the import API (docs/import.md, "New school year"): a student snapshot of a later year
 * promotes the classes, closes last year's, ends their homerooms and teaching, previews all of it in a dry run that
 * writes nothing, and closes last year to further imports.
 */
@QuarkusTest
class RolloverImportTest {

    @Inject
    RolloverScene scenes;

    @Inject
    TestSchools schools;

    @Test
    void rolloverPromotesTheClassAndClosesLastYearsClassesWithTheirHomeroomsAndTeaching() {
        Scene s = scenes.lastYear();

        JsonPath report = scenes.rollover(s, false).then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("rollover.toYear", equalTo(NEW_YEAR))
                .body("rollover.fromYears", contains(LAST_YEAR))
                .body("rollover.closing.name", contains("6A1", "6A2"))
                .body("rollover.closing[0].students", equalTo(3))
                .body("rollover.closing[0].promotedTo", equalTo(Map.of("7A1", 2)))
                .body("rollover.closing[0].left", equalTo(1))
                .body("rollover.closing[1].promotedTo", equalTo(Map.of("7A2", 1)))
                .body("rollover.opening.name", contains("7A1", "7A2"))
                .body("rollover.opening[0].students", equalTo(3))
                .body("rollover.opening[0].from", equalTo(Map.of("6A1", 2)))
                .body("rollover.opening[0].joined", equalTo(1))
                .body("rollover.opening[0].created", equalTo(true))
                .body("rollover.homeroomsEnded", equalTo(1))
                .body("rollover.teachingEnded", equalTo(2))
                .body("rollover.closedGroups", contains("Lớp 6A1 — Năm học 2025-2026 (đã kết thúc)",
                        "Lớp 6A2 — Năm học 2025-2026 (đã kết thúc)"))
                .body("rollover.newGroups", contains("Lớp 7A1", "Lớp 7A2"))
                .extract().jsonPath();

        assertEquals(Set.of(s.s1(), s.s4(), s.s5()), Set.copyOf(studentsOf(s, NEW_YEAR, "7A1")));
        assertEquals(List.of(), studentsOf(s, LAST_YEAR, "6A1"));
        assertEquals(2, schools.count("""
                SELECT count(*) FROM school_class c JOIN school s ON s.id = c.school_id
                WHERE s.code = $1 AND c.school_year = $2 AND NOT c.active AND c.closed_at IS NOT NULL
                  AND c.homeroom_staff_id IS NULL""", s.school(), LAST_YEAR), "last year's classes are closed");
        assertEquals(0, schools.count("""
                SELECT count(*) FROM teaching_assignment t JOIN school_class c ON c.id = t.class_id
                JOIN school s ON s.id = c.school_id WHERE s.code = $1 AND t.active""", s.school()));
        assertEquals(2, events(s, "CLASS_CLOSED"));
        assertEquals(1, events(s, "HOMEROOM_UNASSIGNED"));
        assertEquals(2, events(s, "TEACHING_UNASSIGNED"));
        assertEquals(1, schools.count("""
                SELECT count(*) FROM audit_event WHERE action = 'SCHOOL_YEAR_ROLLED_OVER' AND subject = $1
                  AND school_code = $2 AND details->>'toYear' = $3 AND (details->>'classesClosed')::int = 2
                  AND (details->>'studentsPromoted')::int = 3 AND (details->>'studentsLeft')::int = 1""",
                report.getString("importId"), s.school(), NEW_YEAR));
    }

    @Test
    void dryRunOfTheRolloverPreviewsItAndWritesNothing() {
        Scene s = scenes.lastYear();
        Map<String, Long> before = counts(s);

        scenes.rollover(s, true).then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("DRY_RUN"))
                .body("importId", nullValue())
                .body("rollover.closing.name", contains("6A1", "6A2"))
                .body("rollover.closing[0].promotedTo", equalTo(Map.of("7A1", 2)))
                .body("rollover.closing[0].left", equalTo(1))
                .body("rollover.opening[0].from", equalTo(Map.of("6A1", 2)))
                .body("rollover.closedGroups[0]", equalTo("Lớp 6A1 — Năm học 2025-2026 (đã kết thúc)"))
                .body("rollover.newGroups", contains("Lớp 7A1", "Lớp 7A2"));

        assertEquals(before, counts(s));
    }

    @Test
    void anImportForTheClosedYearIsRefusedAfterTheRollover() {
        Scene s = scenes.lastYear();
        scenes.rollover(s, false).then().statusCode(200);

        scenes.importStudents(s.school(), LAST_YEAR, "delta", false, List.of(student(s.s1(), "6A1", s.father1(), null)))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("SCHOOL_YEAR_CLOSED"))
                .body("detail", startsWith("Năm học 2025-2026 của trường " + s.school() + " đã kết thúc"));
        scenes.importStudents(s.school(), LAST_YEAR, "snapshot", true, List.of(student(s.s1(), "6A1", s.father1(),
                null))).then().statusCode(409).body("code", equalTo("SCHOOL_YEAR_CLOSED"));
        assertEquals(Set.of(s.s1(), s.s4(), s.s5()), Set.copyOf(studentsOf(s, NEW_YEAR, "7A1")));
    }

    @Test
    void aSnapshotOfTheSameYearIsNoRollover() {
        Scene s = scenes.lastYear();

        scenes.importStudents(s.school(), LAST_YEAR, "snapshot", false, List.of(
                        student(s.s1(), "6A1", s.father1(), null), student(s.s3(), "6A3", null, s.mother3())))
                .then().statusCode(200)
                .body("rollover", nullValue())
                .body("counts.deactivated", equalTo(2));

        assertEquals(0, events(s, "CLASS_CLOSED"));
        assertEquals(0, schools.count("""
                SELECT count(*) FROM school_class c JOIN school s ON s.id = c.school_id
                WHERE s.code = $1 AND c.closed_at IS NOT NULL""", s.school()));
        assertEquals(1, schools.count("""
                SELECT count(*) FROM school_class c JOIN school s ON s.id = c.school_id
                WHERE s.code = $1 AND c.name = '6A2' AND NOT c.active""", s.school()), "as before: deactivated");
        scenes.importStudents(s.school(), LAST_YEAR, "delta", false, List.of(student(s.s2(), "6A2", null,
                s.mother2()))).then().statusCode(200).body("rollover", nullValue());
    }

    private List<String> studentsOf(Scene s, String year, String className) {
        return scenes.codes("""
                SELECT st.student_code FROM enrollment e JOIN student st ON st.id = e.student_id
                JOIN school_class c ON c.id = e.class_id JOIN school s ON s.id = c.school_id
                WHERE s.code = $1 AND c.school_year = $2 AND c.name = $3 AND e.active ORDER BY st.student_code""",
                s.school(), year, className);
    }

    private long events(Scene s, String type) {
        return schools.count("""
                SELECT count(*) FROM directory_event e JOIN school s ON s.id = e.school_id
                WHERE s.code = $1 AND e.type = $2""", s.school(), type);
    }

    /** The rows of every table a rollover writes, for this school. */
    private Map<String, Long> counts(Scene s) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("classes", "SELECT count(*) FROM school_class c JOIN school s ON s.id = c.school_id"
                + " WHERE s.code = $1");
        queries.put("active classes", "SELECT count(*) FROM school_class c JOIN school s ON s.id = c.school_id"
                + " WHERE s.code = $1 AND c.active AND c.closed_at IS NULL");
        queries.put("homerooms", "SELECT count(*) FROM school_class c JOIN school s ON s.id = c.school_id"
                + " WHERE s.code = $1 AND c.homeroom_staff_id IS NOT NULL");
        queries.put("enrollments", "SELECT count(*) FROM enrollment e JOIN school_class c ON c.id = e.class_id"
                + " JOIN school s ON s.id = c.school_id WHERE s.code = $1 AND e.active");
        queries.put("students", "SELECT count(*) FROM student st JOIN school s ON s.id = st.school_id"
                + " WHERE s.code = $1 AND st.active");
        queries.put("teaching", "SELECT count(*) FROM teaching_assignment t JOIN school_class c ON c.id = t.class_id"
                + " JOIN school s ON s.id = c.school_id WHERE s.code = $1 AND t.active");
        queries.put("events", "SELECT count(*) FROM directory_event e JOIN school s ON s.id = e.school_id"
                + " WHERE s.code = $1");
        queries.put("imports", "SELECT count(*) FROM directory_import i JOIN school s ON s.id = i.school_id"
                + " WHERE s.code = $1");
        queries.put("audit", "SELECT count(*) FROM audit_event WHERE school_code = $1");
        queries.put("conversations", "SELECT count(*) FROM conversation cv JOIN school s ON s.id = cv.school_id"
                + " WHERE s.code = $1");
        queries.put("members", "SELECT count(*) FROM conversation_member m JOIN conversation cv"
                + " ON cv.id = m.conversation_id JOIN school s ON s.id = cv.school_id WHERE s.code = $1 AND m.active");
        queries.put("chat events", "SELECT count(*) FROM chat_event e JOIN conversation cv"
                + " ON cv.id = e.conversation_id JOIN school s ON s.id = cv.school_id WHERE s.code = $1");
        Map<String, Long> counts = new LinkedHashMap<>();
        queries.forEach((name, sql) -> counts.put(name, schools.count(sql, s.school())));
        return counts;
    }
}

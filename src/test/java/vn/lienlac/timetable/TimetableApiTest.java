package vn.lienlac.timetable;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Guardian;
import vn.lienlac.notices.NoticeScene.Scene;
import vn.lienlac.notifications.policy.EveryChannel;

/**
 * Class timetables (docs/timetable.md): the principal imports the school's TKB sheet; a wrong cell is reported by
 * row and column and nothing is stored; families see their child's class; a change tells each guardian of the class
 * once, with what changed; the same file again tells nobody.
 */
@QuarkusTest
class TimetableApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The school's sheet as schools keep it: a title line, then Thứ/Buổi/Tiết and one column per class. */
    static final String TKB = """
            THỜI KHÓA BIỂU HỌC KỲ I
            Thứ,Buổi,Tiết,6A1,7A1
            Hai,Sáng,1,Chào cờ,Chào cờ
            ,,2,Toán – Đỗ Văn Toàn,Ngữ văn
            Ba,Sáng,1,Ngữ văn,Toán
            ,,2,Toán – Đỗ Văn Toàn (P.201),Tin học
            Ba,Chiều,1,Thể dục,
            """;

    /** The same sheet a week later: 6A1 changes in three periods, 7A1 not at all. */
    static final String TKB_CHANGED = """
            THỜI KHÓA BIỂU HỌC KỲ I (điều chỉnh)
            Thứ,Buổi,Tiết,6A1,7A1
            Hai,Sáng,1,Chào cờ,Chào cờ
            ,,2,Toán – Đỗ Văn Toàn,Ngữ văn
            Ba,Sáng,1,Ngữ văn,Toán
            ,,2,Ngữ văn,Tin học
            Ba,Chiều,1,Tin học,
            Năm,Chiều,2,Mĩ thuật,
            """;

    @Inject
    NoticeScene scenes;

    @Inject
    TestSchools db;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    private Scene s;
    private LocalDate week;

    @BeforeEach
    void scene() {
        EveryChannel.configured();
        s = scenes.create();
        week = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    @Test
    void anErrorCellIsReportedByRowAndColumnAndNothingIsStored() {
        String file = """
                Thứ,Buổi,Tiết,6A1,9Z9
                Hai,Sáng,1,Chào cờ,
                CN,Sáng,1,Toán,
                Ba,Tối,1,Toán,
                Ba,Sáng,7,Toán,
                """;
        JsonPath problem = importCsv(s.principal(), file, week, false).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("IMPORT_REJECTED"))
                .body("detail", equalTo("Thời khóa biểu có 4 lỗi; không có thay đổi nào được ghi."))
                .extract().jsonPath();
        List<String> errors = new ArrayList<>();
        List<Map<String, Object>> list = problem.getList("errors");
        list.forEach(e -> errors.add(e.get("row") + " " + e.get("column") + " " + e.get("header") + " "
                + e.get("code") + " " + e.get("message")));
        assertEquals(List.of(
                "1 E 9Z9 UNKNOWN_CLASS Lớp \"9Z9\" không có trong danh sách lớp năm học này của trường.",
                "3 A Thứ INVALID_DAY Thứ \"CN\" không hợp lệ; hãy ghi Hai, Ba, Tư, Năm, Sáu, Bảy (hoặc 2–7).",
                "4 B Buổi INVALID_SESSION Buổi \"Tối\" không hợp lệ; hãy ghi Sáng hoặc Chiều.",
                "5 C Tiết INVALID_PERIOD Tiết \"7\" không hợp lệ; hãy ghi số từ 1 đến 5."), errors);
        assertEquals(0, versions());
    }

    @Test
    void aDryRunPreviewsAndStoresNothing() {
        importCsv(s.principal(), TKB, week, true).then().statusCode(200).body("dryRun", equalTo(true))
                .body("classes.className", equalTo(List.of("6A1", "7A1")))
                .body("classes.status", equalTo(List.of("NEW", "NEW")))
                .body("classes.lessons", equalTo(List.of(5, 4)));
        assertEquals(0, versions());
        assertEquals(List.of(), told(s.class6()));
    }

    @Test
    void aValidImportIsSeenByTheChildsParentsFromItsWeek() {
        importCsv(s.principal(), TKB, week, false).then().statusCode(200)
                .body("classes.status", equalTo(List.of("NEW", "NEW")))
                .body("classes.notified", equalTo(List.of(3, 0)));

        JsonPath seen = given().auth().oauth2(s.father().token())
                .get("/api/v1/timetable/students/{code}?week={w}", s.an(), week.plusDays(2).toString())
                .then().statusCode(200).body("className", equalTo("6A1")).body("week", equalTo(week.toString()))
                .body("validFrom", equalTo(week.toString())).extract().jsonPath();
        assertEquals(List.of(
                "Thứ Hai " + week + " SANG 1 Chào cờ null null",
                "Thứ Hai " + week + " SANG 2 Toán Đỗ Văn Toàn null",
                "Thứ Ba " + week.plusDays(1) + " SANG 1 Ngữ văn null null",
                "Thứ Ba " + week.plusDays(1) + " SANG 2 Toán Đỗ Văn Toàn P.201",
                "Thứ Ba " + week.plusDays(1) + " CHIEU 1 Thể dục null null"), lessons(seen));
        given().auth().oauth2(s.father().token())
                .get("/api/v1/timetable/students/{code}?week={w}", s.an(), week.minusDays(7).toString())
                .then().statusCode(200).body("validFrom", equalTo(null)).body("lessons.size()", equalTo(0));

        String text = "Lớp 6A1 đã có thời khóa biểu, áp dụng từ tuần " + week.format(DAY)
                + ". Phụ huynh xem trong mục Thời khóa biểu.";
        assertEquals(guardians(text, s.father(), s.mother(), s.binhsMother()), told(s.class6()));
    }

    @Test
    void aChangeTellsEachGuardianOfTheClassOnceWithWhatChanged() {
        importCsv(s.principal(), TKB, week, false).then().statusCode(200);
        LocalDate next = week.plusDays(7);

        importCsv(s.principal(), TKB_CHANGED, next, false).then().statusCode(200)
                .body("classes.status", equalTo(List.of("CHANGED", "UNCHANGED")))
                .body("classes.notified", equalTo(List.of(3, 0)));

        String first = "Lớp 6A1 đã có thời khóa biểu, áp dụng từ tuần " + week.format(DAY)
                + ". Phụ huynh xem trong mục Thời khóa biểu.";
        String change = "Thời khóa biểu lớp 6A1 thay đổi từ tuần " + next.format(DAY)
                + ": Thứ Ba tiết 2 (sáng): Toán – Đỗ Văn Toàn (P.201) → Ngữ văn; Thứ Ba tiết 1 (chiều): Thể dục → "
                + "Tin học; Thứ Năm tiết 2 (chiều): trống → Mĩ thuật.";
        List<String> expected = new ArrayList<>(guardians(first, s.father(), s.mother(), s.binhsMother()));
        expected.addAll(guardians(change, s.father(), s.mother(), s.binhsMother()));
        assertEquals(expected.stream().sorted().toList(), told(s.class6()).stream().sorted().toList(),
                "each guardian: one item for the first timetable, one for the change");
        assertEquals(6, outbox(s.class6()), "one outbox reach per inbox item");

        given().auth().oauth2(s.mother().token())
                .get("/api/v1/timetable/students/{code}?week={w}", s.an(), week.toString()).then().statusCode(200)
                .body("lessons.subject", equalTo(List.of("Chào cờ", "Toán", "Ngữ văn", "Toán", "Thể dục")));
        given().auth().oauth2(s.mother().token())
                .get("/api/v1/timetable/students/{code}?week={w}", s.an(), next.toString()).then().statusCode(200)
                .body("validFrom", equalTo(next.toString()))
                .body("lessons.subject", equalTo(List.of("Chào cờ", "Toán", "Ngữ văn", "Ngữ văn", "Tin học",
                        "Mĩ thuật")));
    }

    @Test
    void theSameFileAgainTellsNobody() {
        importCsv(s.principal(), TKB, week, false).then().statusCode(200);
        List<String> before = told(s.class6());

        importCsv(s.principal(), TKB, week, false).then().statusCode(200)
                .body("classes.status", equalTo(List.of("UNCHANGED", "UNCHANGED")))
                .body("classes.notified", equalTo(List.of(0, 0)));
        importCsv(s.principal(), TKB, week.plusDays(14), false).then().statusCode(200)
                .body("classes.status", equalTo(List.of("UNCHANGED", "UNCHANGED")));

        assertEquals(before, told(s.class6()));
        assertEquals(3, outbox(s.class6()));
        assertEquals(2, versions(), "one version per class: the same week stored nothing new");
    }

    @Test
    void aParentOfAnotherClassIsRefused() {
        importCsv(s.principal(), TKB, week, false).then().statusCode(200);
        Guardian cuongsFather = scenes.addGuardian(s.cuong(), "Phan Văn Tư", "FATHER");

        given().auth().oauth2(cuongsFather.token()).get("/api/v1/timetable/classes/{id}", s.class6()).then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(cuongsFather.token()).get("/api/v1/timetable/students/{code}", s.an()).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(cuongsFather.token()).get("/api/v1/timetable/classes/{id}?week={w}", s.class7(),
                week.toString()).then().statusCode(200).body("lessons.subject",
                equalTo(List.of("Chào cờ", "Ngữ văn", "Toán", "Tin học")));
        importCsv(s.homeroomTeacher(), TKB, week, true).then().statusCode(403);
        importCsv(s.father().token(), TKB, week, true).then().statusCode(403);
    }

    @Test
    void aTeacherSeesTheirOwnWeekAcrossClasses() {
        importCsv(s.principal(), TKB, week, false).then().statusCode(200);

        JsonPath mine = given().auth().oauth2(s.mathsTeacher()).get("/api/v1/timetable/me?week={w}", week.toString())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Thứ Hai SANG 2 Toán 6A1", "Thứ Ba SANG 2 Toán 6A1"), mine.getList("lessons",
                Map.class).stream().map(l -> l.get("dayName") + " " + l.get("session") + " " + l.get("period") + " "
                + l.get("subject") + " " + l.get("className")).toList());
    }

    @Test
    void aGuardianAskingForATeachersWeekIsPointedToTheirChildsRoute() {
        importCsv(s.principal(), TKB, week, false).then().statusCode(200);

        given().auth().oauth2(s.mother().token()).get("/api/v1/timetable/me?week={w}", week.toString()).then()
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"))
                .body("detail", equalTo("Lịch dạy (/api/v1/timetable/me) dành cho cán bộ, giáo viên. Thời khóa biểu "
                        + "lớp của con: GET /api/v1/timetable/students/{mã học sinh}, mỗi con một lần."));
        // The route it names gives her child's week.
        given().auth().oauth2(s.mother().token()).get("/api/v1/timetable/students/{code}?week={w}", s.an(),
                week.toString()).then().statusCode(200).body("className", equalTo("6A1"))
                .body("lessons.size()", equalTo(5));
        // A teacher without lessons still gets an empty week.
        given().auth().oauth2(s.homeroomTeacher()).get("/api/v1/timetable/me?week={w}", week.toString()).then()
                .statusCode(200).body("lessons.size()", equalTo(0));
    }

    @Test
    void aTeacherAlreadyTeachingAnotherClassInThatSlotIsRefusedOnTheCell() {
        importCsv(s.principal(), TKB, week, false).then().statusCode(200);
        List<Map<String, Object>> cells = new ArrayList<>(List.of(
                Map.of("day", 1, "session", "SANG", "period", 1, "subject", "Chào cờ"),
                Map.of("day", 1, "session", "SANG", "period", 2, "subject", "Toán", "teacher", "do van toan"),
                Map.of("day", 2, "session", "SANG", "period", 1, "subject", "Toán"),
                Map.of("day", 2, "session", "SANG", "period", 2, "subject", "Tin học")));
        List<String> before = told(s.class7());

        for (boolean dryRun : List.of(true, false)) {
            given().auth().oauth2(s.principal()).contentType(ContentType.JSON).body(Map.of("cells", cells))
                    .queryParam("dryRun", dryRun).put("/api/v1/timetable/classes/{id}/weeks/{w}", s.class7(),
                            week.toString())
                    .then().statusCode(400).body("code", equalTo("IMPORT_REJECTED"))
                    .body("errors.row", equalTo(List.of(2))).body("errors.column", equalTo(List.of("teacher")))
                    .body("errors.code", equalTo(List.of("TEACHER_BUSY")))
                    .body("errors.message", equalTo(List.of(
                            "do van toan đã có tiết ở lớp 6A1 vào Thứ Hai tiết 2 (sáng).")));
        }
        assertEquals(before, told(s.class7()), "a refused week tells nobody");

        // The same lesson in a free period is accepted.
        cells.set(1, Map.of("day", 1, "session", "SANG", "period", 3, "subject", "Toán", "teacher", "Đỗ Văn Toàn"));
        enter(s.principal(), s.class7(), week.toString(), Map.of("cells", cells)).then().statusCode(200)
                .body("classes[0].status", equalTo("CHANGED"));
    }

    @Test
    void thePrincipalEntersAClassWeekAndBadInputIsAProblem() {
        Map<String, Object> week1 = Map.of("cells", List.of(
                Map.of("day", 1, "session", "SANG", "period", 1, "subject", "Chào cờ"),
                Map.of("day", 2, "session", "SANG", "period", 2, "subject", "Toán", "teacher", "Đỗ Văn Toàn",
                        "room", "P.201")));
        enter(s.homeroomTeacher(), s.class6(), week.toString(), week1).then().statusCode(403);
        enter(s.principal(), s.class6(), week.plusDays(1).toString(), week1).then().statusCode(400)
                .body("detail", equalTo("Tuần bắt đầu áp dụng (weekOf) phải là một ngày thứ Hai: "
                        + week.plusDays(1) + " không phải thứ Hai."));
        enter(s.principal(), s.class6(), week.toString(), Map.of("cells", List.of(
                Map.of("day", 7, "session", "SANG", "period", 1, "subject", "Toán"),
                Map.of("day", 1, "session", "SANG", "period", 1, "subject", " ")))).then().statusCode(400)
                .body("errors.code", equalTo(List.of("INVALID_DAY", "REQUIRED")))
                .body("errors.row", equalTo(List.of(1, 2)));
        assertEquals(0, versions());

        enter(s.principal(), s.class6(), week.toString(), week1).then().statusCode(200)
                .body("classes[0].status", equalTo("NEW")).body("classes[0].notified", equalTo(3));
        given().auth().oauth2(s.homeroomTeacher()).get("/api/v1/timetable/classes/{id}?week={w}", s.class6(),
                week.toString()).then().statusCode(200)
                .body("lessons.teacher", equalTo(java.util.Arrays.asList(null, "Đỗ Văn Toàn")));
    }

    private Response importCsv(String token, String csv, LocalDate weekOf, boolean dryRun) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8")
                .queryParam("weekOf", weekOf.toString()).queryParam("dryRun", dryRun).body(csv)
                .post("/api/v1/timetable/schools/{school}/imports", s.school());
    }

    private static Response enter(String token, long classId, String weekOf, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/timetable/classes/{id}/weeks/{w}", classId, weekOf);
    }

    private static List<String> lessons(JsonPath view) {
        List<Map<String, Object>> lessons = view.getList("lessons");
        return lessons.stream().map(l -> l.get("dayName") + " " + l.get("date") + " " + l.get("session") + " "
                + l.get("period") + " " + l.get("subject") + " " + l.get("teacher") + " " + l.get("room")).toList();
    }

    private static List<String> guardians(String text, Guardian... guardians) {
        return java.util.Arrays.stream(guardians).map(g -> g.participant() + " " + text).sorted().toList();
    }

    private long versions() {
        return db.count("SELECT count(*) FROM timetable_version v JOIN school sc ON sc.id = v.school_id "
                + "WHERE sc.code = $1", s.school());
    }

    /** "owner text" of every timetable inbox item about the class, by owner. */
    private List<String> told(long classId) {
        List<String> texts = new ArrayList<>();
        pool.preparedQuery("SELECT c.inbox_owner || ' ' || e.body FROM chat_event e "
                        + "JOIN conversation c ON c.id = e.conversation_id "
                        + "WHERE c.kind = 'INBOX' AND e.data->>'topic' = 'timetable' AND e.data->>'classId' = $1 "
                        + "ORDER BY 1")
                .execute(Tuple.of(String.valueOf(classId))).await().atMost(TIMEOUT)
                .forEach(row -> texts.add(row.getString(0)));
        return texts.stream().sorted().toList();
    }

    private long outbox(long classId) {
        return db.count("SELECT count(*) FROM outbox_item o JOIN timetable_version v "
                + "ON o.item_ref LIKE 'timetable:' || v.id || ':%' WHERE v.class_id = $1", classId);
    }
}

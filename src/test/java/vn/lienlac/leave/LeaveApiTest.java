package vn.lienlac.leave;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;
import vn.lienlac.notifications.policy.EveryChannel;

/**
 * Leave requests (docs/leave-requests.md): a parent asks for their own child, the homeroom teacher decides; an
 * approval makes the days absences with permission (an earlier entry of that day too, and later entries respect it)
 * and tells both parents once; a decline changes nothing in attendance.
 */
@QuarkusTest
class LeaveApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    NoticeScene scenes;

    @Inject
    TestSchools db;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    private Scene s;
    /** A school day in the past week: absences may be recorded for it, and leave asked. */
    private LocalDate day;

    @BeforeEach
    void scene() {
        EveryChannel.configured();
        s = scenes.create();
        day = LocalDate.now(clock).minusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
    }

    @Test
    void approvalExcusesTheDayUpdatesTheEarlierEntryAndTellsBothParentsOnce() {
        publish(s.homeroomTeacher(), s.school(), "attendance", absence("vang-1", "SANG", "KHONG_PHEP"))
                .then().statusCode(200);
        long id = submit(s.father().token(), s.an(), day, day, "CA_NGAY", "Con bị sốt")
                .then().statusCode(201).body("status", equalTo("PENDING")).body("decidedBy", nullValue())
                .extract().jsonPath().getLong("id");
        assertEquals(List.of("Phụ huynh em Nguyễn Văn An (lớp 6A1) xin cho con nghỉ học cả ngày " + day.format(DAY)
                + ". Lý do: Con bị sốt."), staffInbox(id), "the homeroom teacher is told");

        decide(s.homeroomTeacher(), id, "approve", "Chúc con mau khỏe").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decisionComment", equalTo("Chúc con mau khỏe"))
                .body("decidedBy", equalTo("giáo viên Phạm Thị Hoa")).body("decidedByStaffId", notNullValue());

        JsonPath book = attendance(s.father().token());
        assertEquals(List.of("SANG CO_PHEP true"), lines(book),
                "the entry made earlier for that day is now with permission, and the day has no second line");
        String text = "Đơn xin nghỉ học của con Nguyễn Văn An (lớp 6A1) cả ngày " + day.format(DAY)
                + " đã được duyệt; nhà trường ghi nhận con nghỉ có phép. Nhận xét của giáo viên Phạm Thị Hoa: "
                + "Chúc con mau khỏe.";
        List<Row> told = outbox(id);
        assertEquals(List.of(s.father().participant(), s.mother().participant()).stream().sorted().toList(),
                told.stream().map(r -> r.getString("recipient")).toList(), "each parent once");
        for (Row item : told) {
            JsonObject message = new JsonObject(item.getValue("message").toString());
            assertEquals(text, message.getString("body"));
            assertEquals("Đơn xin nghỉ học – Nguyễn Văn An", message.getString("title"));
        }
        assertEquals(List.of(s.father().participant() + " " + text, s.mother().participant() + " " + text).stream()
                .sorted().toList(), inbox(id, "g:%"), "one inbox item per parent");
    }

    @Test
    void theParentsEarlierNoticeOfAnAbsenceWithoutPermissionIsCorrected() {
        publish(s.homeroomTeacher(), s.school(), "attendance", absence("vang-1", "SANG", "KHONG_PHEP"))
                .then().statusCode(200);
        long id = submit(s.mother().token(), s.an(), day, day, "CA_NGAY", "Con bị sốt").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        decide(s.homeroomTeacher(), id, "approve", null).then().statusCode(200);

        String corrected = "Đính chính: Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày " + day.format(DAY)
                + ", có phép.";
        assertEquals(List.of(s.father().participant() + " " + corrected, s.mother().participant() + " " + corrected)
                .stream().sorted().toList(), corrections(), "each parent's earlier item, corrected in place, once");
    }

    @Test
    void anApprovalAndAnAttendanceBatchForTheSameDayEndWithPermissionWhicheverCommitsFirst() throws Exception {
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                Scene scene = round == 0 ? s : scenes.create();
                long id = submit(scene.father().token(), scene.an(), day, day, "CA_NGAY", "Con bị sốt").then()
                        .statusCode(201).extract().jsonPath().getLong("id");
                Map<String, Object> absent = Map.of("sourceId", "vang-dua-" + round, "studentCode", scene.an(),
                        "date", day.toString(), "session", round % 2 == 0 ? "SANG" : "CHIEU", "status",
                        "KHONG_PHEP");
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                var approval = two.submit(() -> {
                    start.await();
                    return decide(scene.homeroomTeacher(), id, "approve", null).statusCode();
                });
                var batch = two.submit(() -> {
                    start.await();
                    return publish(scene.homeroomTeacher(), scene.school(), "attendance", absent).statusCode();
                });
                start.countDown();
                assertEquals(200, approval.get(60, java.util.concurrent.TimeUnit.SECONDS), "approval, round " + round);
                assertEquals(200, batch.get(60, java.util.concurrent.TimeUnit.SECONDS), "batch, round " + round);

                JsonPath book = given().auth().oauth2(scene.father().token())
                        .get("/api/v1/notices/students/{s}/attendance?from={d}&to={d}", scene.an(), day.toString(),
                                day.toString())
                        .then().statusCode(200).extract().jsonPath();
                List<String> statuses = book.getList("records.status");
                assertEquals(false, statuses.isEmpty(), "round " + round);
                assertEquals(List.of("CO_PHEP"), statuses.stream().distinct().toList(),
                        "round " + round + ": " + lines(book));
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void anAbsenceRecordedAfterTheApprovalIsWithPermission() {
        long id = submit(s.mother().token(), s.an(), day, day, "SANG", "Khám răng").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        decide(s.homeroomTeacher(), id, "approve", null).then().statusCode(200);

        publish(s.portal(), s.school(), "attendance", absence("vang-2", "SANG", "KHONG_PHEP")).then()
                .statusCode(200);
        publish(s.portal(), s.school(), "attendance", absence("vang-3", "CHIEU", "KHONG_PHEP")).then()
                .statusCode(200);

        assertEquals(List.of("CHIEU KHONG_PHEP false", "SANG CO_PHEP false"),
                lines(attendance(s.mother().token())).stream().sorted().toList(),
                "the morning is excused (one line: the portal's took the leave's place), the afternoon is not");
    }

    @Test
    void aWholeDayLeaveAndThePortalsAttendanceLeaveOneLineForTheDayWhicheverArrivesFirst() {
        long id = submit(s.father().token(), s.an(), day, day, "CA_NGAY", "Con bị sốt").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        decide(s.homeroomTeacher(), id, "approve", null).then().statusCode(200);
        assertEquals(List.of("CA_NGAY CO_PHEP false"), lines(attendance(s.father().token())), "the leave's line");

        publish(s.portal(), s.school(), "attendance", absence("cong-1", "SANG", "KHONG_PHEP")).then()
                .statusCode(200).body("records[0].outcome", equalTo("accepted"));
        assertEquals(List.of("SANG CO_PHEP false"), lines(attendance(s.father().token())),
                "the portal's entry respects the leave and takes its place: one line");
        publish(s.portal(), s.school(), "attendance", absence("cong-1", "SANG", "KHONG_PHEP")).then()
                .statusCode(200).body("records[0].outcome", equalTo("unchanged"));
        assertEquals(List.of("SANG CO_PHEP false"), lines(attendance(s.father().token())), "sent again: the same");

        s = scenes.create();
        publish(s.portal(), s.school(), "attendance", absence("cong-2", "SANG", "KHONG_PHEP")).then()
                .statusCode(200);
        long first = submit(s.father().token(), s.an(), day, day, "CA_NGAY", "Con bị sốt").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        decide(s.homeroomTeacher(), first, "approve", null).then().statusCode(200);
        assertEquals(List.of("SANG CO_PHEP true"), lines(attendance(s.father().token())),
                "the portal's entry first: corrected, and still one line");
    }

    @Test
    void aWholeDayAbsenceOnADayWithAMorningLeaveReadsOneLinePerSessionWhicheverArrivesFirst() {
        String approved = "Đơn xin nghỉ học của con Nguyễn Văn An (lớp 6A1) buổi sáng ngày " + day.format(DAY)
                + " đã được duyệt; nhà trường ghi nhận con nghỉ có phép. Nhận xét của giáo viên Phạm Thị Hoa: "
                + "Chúc con khám răng tốt.";
        String afternoon = "Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi chiều ngày " + day.format(DAY)
                + ", không có phép.";
        long id = approvedLeave("SANG", "Khám răng", "Chúc con khám răng tốt");
        portal("cong-1", "CA_NGAY", "KHONG_PHEP").body("records[0].outcome", equalTo("accepted"));
        assertEquals(List.of("CHIEU KHONG_PHEP false", "SANG CO_PHEP false"),
                lines(attendance(s.father().token())).stream().sorted().toList(),
                "the leave's line is the morning; the portal's whole day keeps the afternoon");
        portal("cong-1", "CA_NGAY", "KHONG_PHEP").body("records[0].outcome", equalTo("unchanged"));
        assertEquals(List.of(approved, afternoon), parentsItems(), "the father told once of each half");
        assertEquals(2, outbox(id).size(), "each parent reached once for the leave");

        s = scenes.create();
        portal("cong-2", "CA_NGAY", "KHONG_PHEP");
        assertEquals(List.of("Con Nguyễn Văn An (lớp 6A1) vắng mặt cả ngày " + day.format(DAY)
                + ", không có phép."), parentsItems(), "the portal's whole day, as sent");
        long first = approvedLeave("SANG", "Khám răng", "Chúc con khám răng tốt");
        assertEquals(List.of("CHIEU KHONG_PHEP true", "SANG CO_PHEP false"),
                lines(attendance(s.father().token())).stream().sorted().toList(),
                "the portal's entry first: it keeps the afternoon (corrected), the leave's line is the morning");
        assertEquals(List.of("Đính chính: " + afternoon, approved), parentsItems(),
                "the earlier item now reads the afternoon; the approval is the one new item");
        assertEquals(List.of(s.father().participant() + " Đính chính: " + afternoon,
                        s.mother().participant() + " Đính chính: " + afternoon).stream().sorted().toList(),
                corrections(), "each parent's earlier item corrected in place, once");
        assertEquals(2, outbox(first).size(), "each parent reached once for the leave");
    }

    @Test
    void anAfternoonLeaveAndAWholeDayRecordOfThePortalLeaveOneLinePerSessionOrOneLineWithPermission() {
        approvedLeave("CHIEU", "Đi khám mắt", null);
        portal("cong-1", "CA_NGAY", "KHONG_PHEP");
        assertEquals(List.of("CHIEU CO_PHEP false", "SANG KHONG_PHEP false"),
                lines(attendance(s.mother().token())).stream().sorted().toList(),
                "the leave's line is the afternoon; the portal's whole day keeps the morning");
        assertEquals(List.of("Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày " + day.format(DAY)
                + ", không có phép."), parentsItems().stream().filter(t -> t.startsWith("Con ")).toList());

        s = scenes.create();
        approvedLeave("CHIEU", "Đi khám mắt", null);
        portal("cong-2", "CA_NGAY", "CO_PHEP");
        assertEquals(List.of("CA_NGAY CO_PHEP false"), lines(attendance(s.mother().token())),
                "a whole day with permission takes the leave's place: one line");

        s = scenes.create();
        portal("cong-3", "CA_NGAY", "CO_PHEP");
        approvedLeave("CHIEU", "Đi khám mắt", null);
        assertEquals(List.of("CA_NGAY CO_PHEP false"), lines(attendance(s.mother().token())),
                "the whole day with permission first: the approval adds no line");
    }

    @Test
    void theDecisionNamesTheTeacherCoOrThayWhenTheDirectoryKnowsTheirGender() {
        // As an import of the staff file's "Giới tính" stores it (docs/import.md); the scene's staff have none.
        pool.preparedQuery("UPDATE staff s SET gender = 'FEMALE' FROM school sc WHERE sc.id = s.school_id "
                + "AND sc.code = $1 AND s.full_name = 'Phạm Thị Hoa'").execute(Tuple.of(s.school()))
                .await().atMost(TIMEOUT);
        long id = submit(s.father().token(), s.an(), day, day, "SANG", "Con đi khám răng").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        decide(s.homeroomTeacher(), id, "approve", "Chúc con khám răng tốt").then().statusCode(200);

        assertEquals("Đơn xin nghỉ học của con Nguyễn Văn An (lớp 6A1) buổi sáng ngày " + day.format(DAY)
                        + " đã được duyệt; nhà trường ghi nhận con nghỉ có phép. Nhận xét của cô Phạm Thị Hoa: "
                        + "Chúc con khám răng tốt.",
                new JsonObject(outbox(id).get(0).getValue("message").toString()).getString("body"));
    }

    @Test
    void aDeclinedRequestChangesNothingInAttendance() {
        publish(s.homeroomTeacher(), s.school(), "attendance", absence("vang-1", "SANG", "KHONG_PHEP"))
                .then().statusCode(200);
        long id = submit(s.father().token(), s.an(), day, day, "CA_NGAY", "Việc gia đình").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        decide(s.homeroomTeacher(), id, "decline", "Gia đình cần báo trước").then().statusCode(200)
                .body("status", equalTo("DECLINED"));

        assertEquals(List.of("SANG KHONG_PHEP false"), lines(attendance(s.father().token())));
        assertEquals("Đơn xin nghỉ học của con Nguyễn Văn An (lớp 6A1) cả ngày " + day.format(DAY)
                        + " không được duyệt. Nhận xét của giáo viên Phạm Thị Hoa: Gia đình cần báo trước.",
                new JsonObject(outbox(id).get(0).getValue("message").toString()).getString("body"));
        decide(s.homeroomTeacher(), id, "approve", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Đơn xin nghỉ này đã được xử lý hoặc đã hủy."));
    }

    @Test
    void onlyTheChildsParentAsksAndOnlyTheHomeroomTeacherDecides() {
        submit(s.binhsMother().token(), s.an(), day, day, "CA_NGAY", "Ốm").then().statusCode(404)
                .contentType("application/problem+json");
        submit(s.homeroomTeacher(), s.an(), day, day, "CA_NGAY", "Ốm").then().statusCode(403);
        long id = submit(s.father().token(), s.an(), day, day, "CA_NGAY", "Ốm").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        decide(s.mathsTeacher(), id, "approve", null).then().statusCode(403)
                .contentType("application/problem+json");
        decide(s.mother().token(), id, "approve", null).then().statusCode(403);
        given().auth().oauth2(s.binhsMother().token()).post("/api/v1/leave-requests/{id}/cancel", id).then()
                .statusCode(404);
        assertEquals("PENDING", status(id));

        given().auth().oauth2(s.principal()).get("/api/v1/leave-requests/schools/{school}", s.school()).then()
                .statusCode(200).body("id", equalTo(List.of((int) id)));
        given().auth().oauth2(s.mother().token()).post("/api/v1/leave-requests/{id}/cancel", id).then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        decide(s.homeroomTeacher(), id, "approve", null).then().statusCode(409);
    }

    @Test
    void badInputIsAProblemWithAVietnameseDetail() {
        LocalDate today = LocalDate.now(clock);
        bad(today.plusDays(2), today.plusDays(1), "CA_NGAY", "Ốm", "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        bad(today.minusDays(8), today, "CA_NGAY", "Ốm", "Chỉ xin nghỉ được cho những ngày từ 7 ngày trước trở lại đây.");
        bad(today, today.plusDays(30), "CA_NGAY", "Ốm", "Mỗi đơn xin nghỉ tối đa 30 ngày.");
        bad(today, today, "CA_NGAY", "  ", "Hãy ghi lý do xin nghỉ.");
        bad(today, today, "CA_NGAY", "x".repeat(501), "Lý do xin nghỉ tối đa 500 ký tự.");
        bad(today, today, "TOI", "Ốm", "Buổi nghỉ phải là SANG (buổi sáng), CHIEU (buổi chiều) hoặc CA_NGAY (cả ngày).");
        assertEquals(0, db.count("SELECT count(*) FROM leave_request WHERE school_code = $1", s.school()));
    }

    @Test
    void aDoctorsNotePhotoIsAddedByTheParentAndSeenByTheTeacherOnly() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        long id = submit(s.father().token(), s.an(), day, day, "CA_NGAY", "Ốm").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(s.binhsMother().token()).contentType("image/jpeg").body(jpeg)
                .post("/api/v1/leave-requests/{id}/photo", id).then().statusCode(404);
        given().auth().oauth2(s.father().token()).contentType("application/pdf").body("%PDF-1.4".getBytes())
                .post("/api/v1/leave-requests/{id}/photo", id).then().statusCode(415)
                .body("detail", equalTo("Chỉ gửi được ảnh JPEG, PNG hoặc WebP."));
        given().auth().oauth2(s.father().token()).contentType("image/jpeg").body(jpeg)
                .post("/api/v1/leave-requests/{id}/photo", id).then().statusCode(200).body("hasPhoto", equalTo(true));

        byte[] seen = given().auth().oauth2(s.homeroomTeacher()).accept("*/*")
                .get("/api/v1/leave-requests/{id}/photo", id).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertEquals(jpeg.length, seen.length);
        given().auth().oauth2(s.binhsMother().token()).accept("*/*").get("/api/v1/leave-requests/{id}/photo", id)
                .then().statusCode(404);
    }

    private void bad(LocalDate from, LocalDate to, String session, String reason, String detail) {
        submit(s.father().token(), s.an(), from, to, session, reason).then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo(detail));
    }

    /** A leave of the father's for the scene's day, approved by the homeroom teacher: its id. */
    private long approvedLeave(String session, String reason, String comment) {
        long id = submit(s.father().token(), s.an(), day, day, session, reason).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        decide(s.homeroomTeacher(), id, "approve", comment).then().statusCode(200);
        return id;
    }

    /** The school's portal sends one attendance record of An's for the scene's day. */
    private ValidatableResponse portal(String sourceId, String session, String status) {
        return publish(s.portal(), s.school(), "attendance", absence(sourceId, session, status)).then().statusCode(200);
    }

    private Map<String, Object> absence(String sourceId, String session, String status) {
        return Map.of("sourceId", sourceId, "studentCode", s.an(), "date", day.toString(), "session", session,
                "status", status);
    }

    private static Response submit(String token, String student, LocalDate from, LocalDate to, String session,
            String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("studentCode", student, "from", from.toString(), "to", to.toString(), "session", session,
                        "reason", reason))
                .post("/api/v1/leave-requests");
    }

    private static Response decide(String token, long id, String decision, String comment) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(comment == null ? Map.of() : Map.of("comment", comment))
                .post("/api/v1/leave-requests/{id}/" + decision, id);
    }

    private JsonPath attendance(String token) {
        return given().auth().oauth2(token)
                .get("/api/v1/notices/students/{s}/attendance?from={d}&to={d}", s.an(), day.toString(), day.toString())
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> lines(JsonPath book) {
        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> records = book.getList("records");
        records.forEach(r -> lines.add(r.get("session") + " " + r.get("status") + " " + r.get("corrected")));
        return lines;
    }

    private String status(long id) {
        return pool.preparedQuery("SELECT status FROM leave_request WHERE id = $1").execute(Tuple.of(id))
                .await().atMost(TIMEOUT).iterator().next().getString(0);
    }

    private List<Row> outbox(long id) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT * FROM outbox_item WHERE item_ref = $1 ORDER BY recipient")
                .execute(Tuple.of("leave:" + id)).await().atMost(TIMEOUT).forEach(rows::add);
        return rows;
    }

    private List<String> inbox(long id, String owners) {
        List<String> texts = new ArrayList<>();
        pool.preparedQuery("SELECT c.inbox_owner || ' ' || e.body FROM chat_event e "
                        + "JOIN conversation c ON c.id = e.conversation_id "
                        + "WHERE c.kind = 'INBOX' AND e.data->>'leaveRequestId' = $1 AND c.inbox_owner LIKE $2 "
                        + "ORDER BY 1")
                .execute(Tuple.of(String.valueOf(id), owners)).await().atMost(TIMEOUT)
                .forEach(row -> texts.add(row.getString(0)));
        return texts;
    }

    /** The current texts of the father's inbox items about the scene's day, oldest first. */
    private List<String> parentsItems() {
        List<String> texts = new ArrayList<>();
        pool.preparedQuery("SELECT e.body FROM chat_event e JOIN conversation c ON c.id = e.conversation_id "
                        + "WHERE c.kind = 'INBOX' AND c.inbox_owner = $1 AND e.type = 'ITEM' "
                        + "AND e.body LIKE $2 ORDER BY e.seq")
                .execute(Tuple.of(s.father().participant(), "%" + day.format(DAY) + "%")).await().atMost(TIMEOUT)
                .forEach(row -> texts.add(row.getString(0)));
        return texts;
    }

    /** The correction events in the scene's parents' inboxes (the corrected item itself aside): owner and text. */
    private List<String> corrections() {
        List<String> texts = new ArrayList<>();
        pool.preparedQuery("SELECT c.inbox_owner || ' ' || e.body FROM chat_event e "
                        + "JOIN conversation c ON c.id = e.conversation_id "
                        + "WHERE c.kind = 'INBOX' AND c.inbox_owner = ANY($1) AND e.body LIKE 'Đính chính:%' "
                        + "AND e.target_seq IS NOT NULL "
                        + "ORDER BY 1")
                .execute(Tuple.of((Object) new String[] {s.father().participant(), s.mother().participant()}))
                .await().atMost(TIMEOUT).forEach(row -> texts.add(row.getString(0)));
        return texts;
    }

    private List<String> staffInbox(long id) {
        List<String> texts = new ArrayList<>();
        pool.preparedQuery("SELECT e.body FROM chat_event e JOIN conversation c ON c.id = e.conversation_id "
                        + "WHERE c.kind = 'INBOX' AND e.data->>'leaveRequestId' = $1 AND c.inbox_owner LIKE 's:%'")
                .execute(Tuple.of(String.valueOf(id))).await().atMost(TIMEOUT)
                .forEach(row -> texts.add(row.getString(0)));
        return texts;
    }
}

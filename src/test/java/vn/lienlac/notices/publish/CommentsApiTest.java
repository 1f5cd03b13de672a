package vn.lienlac.notices.publish;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.get;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ws.ChatClient;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;

/**
 * Issue 20, item 3: teachers' comments (nhận xét) — daily, weekly and term, on a student or a whole class — with the
 * exact Vietnamese texts, corrections and withdrawals as for grades, and who may write them.
 */
@QuarkusTest
class CommentsApiTest {

    /** Last week's Monday: a day in the past, within the contact book's default 30 days. */
    private static final LocalDate MONDAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
    private static final String DAY = MONDAY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    private static final String SPEAKS_UP = "Nhận xét ngày " + DAY + " của giáo viên Phạm Thị Hoa về con Nguyễn Văn An "
            + "(lớp 6A1): Con tích cực phát biểu.";

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    NoticeScene scenes;

    @Inject
    TestSchools db;

    @Inject
    PeopleFixtures people;

    @Inject
    Pool pool;

    private Scene s;

    @BeforeEach
    void scene() {
        s = scenes.create();
    }

    @Test
    void homeroomTeachersDailyCommentOnAStudentGoesToBothParents() {
        publish(s.homeroomTeacher(), s.school(), "comments", daily("nx-1", s.an(), "Con tích cực phát biểu."))
                .then().statusCode(200).body("records[0].outcome", equalTo("accepted"));

        assertEquals(SPEAKS_UP, text("nx-1"));
        assertEquals(List.of(s.father().id(), s.mother().id()), guardiansOf("nx-1"));
    }

    @Test
    void weeklyClassCommentReachesEveryFamilyOfTheClassOnceEach() {
        // Bình's mother is also An's guardian: two children in the class, one comment for her.
        people.link(db.count("SELECT id FROM student WHERE student_code = $1", s.an()), s.binhsMother().id(),
                "GUARDIAN", true);
        publish(s.homeroomTeacher(), s.school(), "comments", Map.of("sourceId", "tuan-1", "className", "6A1",
                "scope", "TUAN", "weekOf", MONDAY.toString(),
                "text", "Cả lớp ngoan, chăm chỉ; tuần sau ôn tập kiểm tra cuối kỳ.")).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Nhận xét tuần từ ngày " + DAY + " của giáo viên Phạm Thị Hoa về lớp 6A1: Cả lớp ngoan, chăm chỉ; "
                + "tuần sau ôn tập kiểm tra cuối kỳ.", text("tuan-1"));
        assertEquals(List.of(s.father().id(), s.mother().id(), s.binhsMother().id()), guardiansOf("tuan-1"));
    }

    @Test
    void subjectTeachersTermCommentNamesTheSubjectAndTheTerm() {
        publish(s.mathsTeacher(), s.school(), "comments", term("hk-1", s.binh(), "Toán",
                "Con nắm vững kiến thức, cần cẩn thận hơn khi tính toán.")).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Nhận xét môn Toán học kỳ I năm học 2025-2026 của giáo viên Đỗ Văn Toàn về con Trần Thị Bình "
                + "(lớp 6A1): Con nắm vững kiến thức, cần cẩn thận hơn khi tính toán.", text("hk-1"));
    }

    @Test
    void theWholeYearsCommentSaysCaNamHocOnce() {
        Map<String, Object> year = new HashMap<>(term("cn-1", s.an(), null, "Con tiến bộ rõ rệt"));
        year.put("term", "CA_NAM");
        publish(s.principal(), s.school(), "comments", year).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Nhận xét cả năm học 2025-2026 của giáo viên Ngô Văn Minh về con Nguyễn Văn An (lớp 6A1): "
                + "Con tiến bộ rõ rệt", text("cn-1"));
    }

    @Test
    void aPortalCommentNamesTheTeacherItGivesOrNobody() {
        String code = staffCode("Phạm Thị Hoa");
        Map<String, Object> signed = new HashMap<>(daily("p-1", s.an(), "Con tích cực phát biểu."));
        signed.put("teacherCode", code);
        Map<String, Object> unknown = new HashMap<>(daily("p-2", s.an(), "Con tích cực phát biểu."));
        unknown.put("teacherCode", "GV-KHONG-CO");
        publish(s.portal(), s.school(), "comments", List.of(signed, unknown, daily("p-3", s.binh(), "Con ngoan.")))
                .then().statusCode(200)
                .body("records.outcome", contains("accepted", "rejected", "accepted"))
                .body("records[1].code", equalTo("UNKNOWN_TEACHER"));

        assertEquals(SPEAKS_UP, text("p-1"));
        assertEquals("Nhận xét ngày " + DAY + " về con Trần Thị Bình (lớp 6A1): Con ngoan.", text("p-3"));
    }

    @Test
    void aTeacherWhoseGenderTheDirectoryKnowsIsCoOrThay() {
        gender("Phạm Thị Hoa", "FEMALE");
        gender("Đỗ Văn Toàn", "MALE");
        publish(s.homeroomTeacher(), s.school(), "comments", daily("nx-1", s.an(), "Con tích cực phát biểu."))
                .then().statusCode(200).body("records[0].outcome", equalTo("accepted"));
        publish(s.mathsTeacher(), s.school(), "comments", term("hk-1", s.binh(), "Toán",
                "Con nắm vững kiến thức, cần cẩn thận hơn khi tính toán.")).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));
        Map<String, Object> signed = new HashMap<>(daily("p-1", s.binh(), "Con ngoan."));
        signed.put("teacherCode", staffCode("Phạm Thị Hoa"));
        publish(s.portal(), s.school(), "comments", signed).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Nhận xét ngày " + DAY + " của cô Phạm Thị Hoa về con Nguyễn Văn An (lớp 6A1): "
                + "Con tích cực phát biểu.", text("nx-1"));
        assertEquals("Nhận xét môn Toán học kỳ I năm học 2025-2026 của thầy Đỗ Văn Toàn về con Trần Thị Bình "
                + "(lớp 6A1): Con nắm vững kiến thức, cần cẩn thận hơn khi tính toán.", text("hk-1"));
        assertEquals("Nhận xét ngày " + DAY + " của cô Phạm Thị Hoa về con Trần Thị Bình (lớp 6A1): Con ngoan.",
                text("p-1"));
        get(s.mother().token(), "/students/{code}/comments", s.an()).then().statusCode(200)
                .body("[0].record.teacherName", equalTo("Phạm Thị Hoa"))
                .body("[0].record.teacherGender", equalTo("FEMALE"));
    }

    @Test
    void aChangedCommentIsSentAsACorrectionAndAWithdrawnOneLeavesTheContactBook() {
        try (ChatClient father = ChatClient.connect(uri, s.father().token())) {
            father.sync(new JsonObject());
            publish(s.homeroomTeacher(), s.school(), "comments", daily("nx-1", s.an(), "Con tích cực phát biểu."))
                    .then().statusCode(200);
            JsonObject item = father.await(f -> "item".equals(f.getString("kind")));

            publish(s.homeroomTeacher(), s.school(), "comments",
                    daily("nx-1", s.an(), "Con tích cực phát biểu, giúp đỡ bạn Bình học Toán.")).then()
                    .statusCode(200).body("records[0].outcome", equalTo("updated"));
            JsonObject correction = father.await(f -> "item_corrected".equals(f.getString("kind")));

            assertEquals(SPEAKS_UP, item.getString("text"));
            assertEquals(item.getLong("seq"), correction.getLong("targetSeq"));
            assertEquals("Đính chính: Nhận xét ngày " + DAY + " của giáo viên Phạm Thị Hoa về con Nguyễn Văn An "
                    + "(lớp 6A1): Con tích cực phát biểu, giúp đỡ bạn Bình học Toán.", correction.getString("text"));
            get(s.mother().token(), "/students/{code}/comments", s.an()).then().statusCode(200)
                    .body("", hasSize(1)).body("[0].corrected", equalTo(true))
                    .body("[0].record.text", equalTo("Con tích cực phát biểu, giúp đỡ bạn Bình học Toán."));

            publish(s.homeroomTeacher(), s.school(), "comments", Map.of("sourceId", "nx-1", "deleted", true))
                    .then().statusCode(200).body("records[0].outcome", equalTo("deleted"));
            JsonObject withdrawal = father.await(f -> "item_withdrawn".equals(f.getString("kind")));

            assertEquals(item.getLong("seq"), withdrawal.getLong("targetSeq"));
            get(s.mother().token(), "/students/{code}/comments", s.an()).then().statusCode(200)
                    .body("", hasSize(0));
        }
    }

    @Test
    void teachersOfAnotherClassOrAnotherSubjectAreRefused() {
        Map<String, Object> literature = new HashMap<>(term("van", s.an(), "Ngữ văn", "Con đọc tốt."));
        publish(s.homeroomTeacher(), s.school(), "comments", List.of(daily("c7", s.cuong(), "Con ngoan."),
                Map.of("sourceId", "l7", "className", "7A1", "scope", "NGAY", "date", MONDAY.toString(),
                        "text", "Lớp ngoan.")))
                .then().statusCode(200)
                .body("records.code", contains("NOT_PERMITTED", "NOT_PERMITTED"));
        publish(s.mathsTeacher(), s.school(), "comments", List.of(daily("no-subject", s.an(), "Con ngoan."),
                literature, term("toan", s.an(), "TOAN", "Con làm bài cẩn thận.")))
                .then().statusCode(200)
                .body("records.outcome", contains("rejected", "rejected", "accepted"))
                .body("records[0].code", equalTo("NOT_PERMITTED"));
        publish(s.nurse(), s.school(), "comments", daily("yt", s.an(), "Con ngoan.")).then().statusCode(403);
        // Nor may another teacher withdraw the homeroom teacher's comment.
        publish(s.homeroomTeacher(), s.school(), "comments", daily("nx-9", s.an(), "Con ngoan.")).then()
                .statusCode(200);
        publish(s.mathsTeacher(), s.school(), "comments", Map.of("sourceId", "nx-9", "deleted", true)).then()
                .statusCode(200).body("records[0].code", equalTo("NOT_PERMITTED"));
    }

    @Test
    void aRecordIsCheckedFieldByField() {
        Map<String, Object> both = new HashMap<>(daily("both", s.an(), "Con ngoan."));
        both.put("className", "6A1");
        Map<String, Object> tuesday = Map.of("sourceId", "tue", "className", "6A1", "scope", "TUAN",
                "weekOf", MONDAY.plusDays(1).toString(), "text", "Lớp ngoan.");
        Map<String, Object> future = daily("future", s.an(), "Con ngoan.");
        future = new HashMap<>(future);
        future.put("date", "2999-01-01");
        publish(s.homeroomTeacher(), s.school(), "comments", List.of(both, tuesday, future,
                daily("long", s.an(), "a".repeat(2001)), daily("bidi", s.an(), "Con \u202Engoan"),
                daily("empty", s.an(), "   "))).then().statusCode(200)
                .body("records.code", contains("STUDENT_OR_CLASS", "INVALID_VALUE", "FUTURE_DATE", "TEXT_TOO_LONG",
                        "INVALID_VALUE", "MISSING_FIELD"));
    }

    @Test
    void theClassSheetListsWhatWasSentAndASubjectTeacherSeesTheirSubjectOnly() {
        publish(s.homeroomTeacher(), s.school(), "comments", List.of(daily("nx-1", s.an(), "Con ngoan."),
                Map.of("sourceId", "tuan-1", "className", "6A1", "scope", "TUAN", "weekOf", MONDAY.toString(),
                        "text", "Cả lớp ngoan."))).then().statusCode(200);
        publish(s.mathsTeacher(), s.school(), "comments", term("toan", s.binh(), "Toán", "Con làm bài cẩn thận."))
                .then().statusCode(200);
        String sheet = "/schools/{school}/classes/{id}/comments";

        get(s.homeroomTeacher(), sheet, s.school(), s.class6()).then().statusCode(200)
                .body("className", equalTo("6A1")).body("comments", hasSize(3));
        get(s.mathsTeacher(), sheet, s.school(), s.class6()).then().statusCode(200)
                .body("comments.sourceId", contains("toan"))
                .body("comments[0].record.teacherName", equalTo("Đỗ Văn Toàn"));
        get(s.homeroomTeacher(), sheet, s.school(), s.class7()).then().statusCode(403);
        // Bình's mother sees the class comment and Bình's own, not An's.
        get(s.binhsMother().token(), "/students/{code}/comments", s.binh()).then().statusCode(200)
                .body("record.scope", contains("HOC_KY", "TUAN"));
    }

    private static Map<String, Object> daily(String sourceId, String student, String text) {
        return Map.of("sourceId", sourceId, "studentCode", student, "scope", "NGAY", "date", MONDAY.toString(),
                "text", text);
    }

    private static Map<String, Object> term(String sourceId, String student, String subject, String text) {
        Map<String, Object> record = new HashMap<>(Map.of("sourceId", sourceId, "studentCode", student,
                "scope", "HOC_KY", "schoolYear", "2025-2026", "term", "HK1", "text", text));
        if (subject != null) {
            record.put("subject", subject);
        }
        return record;
    }

    private String staffCode(String name) {
        return pool.preparedQuery("SELECT st.staff_code FROM staff st JOIN school sc ON sc.id = st.school_id "
                        + "WHERE sc.code = $1 AND st.full_name = $2")
                .execute(Tuple.of(s.school(), name)).await().indefinitely().iterator().next().getString(0);
    }

    /** What an import of the staff file's "Giới tính" stores (docs/import.md); the scene's staff have none. */
    private void gender(String name, String gender) {
        pool.preparedQuery("UPDATE staff SET gender = $2 WHERE staff_code = $1")
                .execute(Tuple.of(staffCode(name), gender)).await().indefinitely();
    }

    private String text(String sourceId) {
        return pool.preparedQuery("SELECT n.text FROM notice n JOIN school sc ON sc.id = n.school_id "
                        + "WHERE sc.code = $1 AND n.source_id = $2 AND n.kind = 'COMMENT'")
                .execute(Tuple.of(s.school(), sourceId)).await().indefinitely().iterator().next().getString(0);
    }

    private List<Long> guardiansOf(String sourceId) {
        List<Long> ids = new ArrayList<>();
        for (Row row : pool.preparedQuery("SELECT d.guardian_id FROM notice_delivery d JOIN notice n "
                        + "ON n.id = d.notice_id JOIN school sc ON sc.id = n.school_id "
                        + "WHERE sc.code = $1 AND n.source_id = $2 ORDER BY d.guardian_id")
                .execute(Tuple.of(s.school(), sourceId)).await().indefinitely()) {
            ids.add(row.getLong(0));
        }
        return ids;
    }
}

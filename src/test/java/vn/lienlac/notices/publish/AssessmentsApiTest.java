package vn.lienlac.notices.publish;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.get;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Family;
import vn.lienlac.notices.NoticeScene.Scene;

/**
 * Issue 20, item 1: assessments as the regulations define them — lower secondary (Thông tư 22/2021: conduct and
 * learning results per term, Đạt/Chưa đạt for subjects assessed by comment), primary (Thông tư 27/2020: subjects,
 * qualities and competences at mid-term and term end) and preschool (a topic, per educational domain) — each with
 * the exact sentence the family reads, a correction, the per-record codes and who may publish.
 */
@QuarkusTest
class AssessmentsApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    NoticeScene scenes;

    @Inject
    Pool pool;

    /** A lower-secondary school (THCS): 6A1 with An and Bình, 7A1 with Cường. */
    private Scene s;

    @BeforeEach
    void scene() {
        s = scenes.create();
    }

    // --- lower secondary, Thông tư 22/2021 ------------------------------------------------------------------------

    @Test
    void lowerSecondaryTermResultReadsAsOneSentence() {
        publish(s.portal(), s.school(), "assessments", List.of(
                        termResult("kq-binh-hk1", s.binh(), "HK1", "TOT", "KHA"),
                        with(termResult("kq-an-cn", s.an(), "CA_NAM", "TOT", "DAT"),
                                "comment", "Chăm ngoan, cần mạnh dạn phát biểu hơn")))
                .then().statusCode(200).body("counts.accepted", equalTo(2));

        assertEquals("Con Trần Thị Bình (lớp 6A1) – kết quả học kỳ I năm học 2025-2026: rèn luyện Tốt, học tập Khá.",
                text(s.school(), "kq-binh-hk1"));
        assertEquals("Con Nguyễn Văn An (lớp 6A1) – kết quả cả năm học 2025-2026: rèn luyện Tốt, học tập Đạt. "
                + "Nhận xét của giáo viên: Chăm ngoan, cần mạnh dạn phát biểu hơn.", text(s.school(), "kq-an-cn"));
    }

    @Test
    void aChangedTermResultReachesTheParentAsACorrection() {
        publish(s.homeroomTeacher(), s.school(), "assessments", termResult("kq-binh-hk1", s.binh(), "HK1", "TOT",
                "KHA")).then().statusCode(200).body("records[0].outcome", equalTo("accepted"));

        publish(s.homeroomTeacher(), s.school(), "assessments", termResult("kq-binh-hk1", s.binh(), "HK1", "TOT",
                "TOT")).then().statusCode(200).body("records[0].outcome", equalTo("updated"));

        String corrected = "Đính chính: Con Trần Thị Bình (lớp 6A1) – kết quả học kỳ I năm học 2025-2026: rèn luyện "
                + "Tốt, học tập Tốt.";
        JsonPath inbox = given().auth().oauth2(s.binhsMother().token()).get("/api/v1/chat/inbox")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(corrected), inbox.getList("events.findAll { it.kind == 'item_corrected' }.text"));
        get(s.binhsMother().token(), "/students/{code}/assessments?schoolYear=2025-2026", s.binh()).then()
                .statusCode(200).body("", hasSize(1))
                .body("[0].text", equalTo(corrected.substring("Đính chính: ".length())))
                .body("[0].corrected", equalTo(true))
                .body("[0].record.learning", equalTo("TOT"));
    }

    @Test
    void aSubjectAssessedByCommentIsDatOrChuaDatAndNeverAScore() {
        Map<String, Object> pe = grade("gdtc-an", s.an(), "Giáo dục thể chất", "CUOI_KY");
        pe.put("assessment", "DAT");
        Map<String, Object> music = grade("an-nhac-an", s.an(), "AM_NHAC", "CUOI_KY");
        music.put("assessment", "CHUA_DAT");
        Map<String, Object> peScore = grade("gdtc-binh", s.binh(), "GDTC", "CUOI_KY");
        peScore.put("score", 8);
        Map<String, Object> mathsPass = grade("toan-binh", s.binh(), "TOAN", "CUOI_KY");
        mathsPass.put("assessment", "DAT");

        publish(s.portal(), s.school(), "grades", List.of(pe, music, peScore, mathsPass)).then().statusCode(200)
                .body("records.outcome", contains("accepted", "accepted", "rejected", "rejected"))
                .body("records[2].code", equalTo("SUBJECT_ASSESSED_BY_COMMENT"))
                .body("records[2].message", equalTo("Môn Giáo dục thể chất ở cấp trung học cơ sở được đánh giá bằng "
                        + "nhận xét: Đạt (DAT) hoặc Chưa đạt (CHUA_DAT), không cho điểm."))
                .body("records[3].code", equalTo("SUBJECT_ASSESSED_BY_SCORE"))
                .body("records[3].message", equalTo("Môn Toán ở cấp trung học cơ sở được đánh giá bằng điểm số; "
                        + "Đạt/Chưa đạt chỉ dùng cho các môn đánh giá bằng nhận xét."));

        assertEquals("Con Nguyễn Văn An (lớp 6A1) có kết quả đánh giá cuối kỳ môn Giáo dục thể chất học kỳ I năm học "
                + "2025-2026: Đạt.", text(s.school(), "gdtc-an"));
        assertEquals("Con Nguyễn Văn An (lớp 6A1) có kết quả đánh giá cuối kỳ môn Âm nhạc học kỳ I năm học "
                + "2025-2026: Chưa đạt.", text(s.school(), "an-nhac-an"));
    }

    @Test
    void aPrimaryLevelAtALowerSecondarySchoolIsTheWrongLevel() {
        Map<String, Object> maths = grade("toan-an", s.an(), "TOAN", "CUOI_KY");
        maths.put("assessment", "HOAN_THANH_TOT");
        Map<String, Object> pe = grade("gdtc-an", s.an(), "GDTC", "CUOI_KY");
        pe.put("assessment", "HOAN_THANH");

        publish(s.portal(), s.school(), "grades", List.of(maths, pe)).then().statusCode(200)
                .body("records.code", contains("WRONG_SCHOOL_LEVEL", "WRONG_SCHOOL_LEVEL"))
                .body("records[0].message", equalTo("Đánh giá Hoàn thành tốt/Hoàn thành/Chưa hoàn thành của môn học "
                        + "chỉ dùng cho cấp tiểu học; trường này thuộc cấp trung học cơ sở."));
    }

    // --- primary, Thông tư 27/2020 ---------------------------------------------------------------------------------

    @Test
    void primarySubjectAssessmentAtMidTermAndTermEnd() {
        Family f = family("TIEU_HOC", "2A1", "Phạm Gia Huy");
        Map<String, Object> mid = grade("tv-gk1", f.student(), "Tiếng Việt", "GIUA_KY");
        mid.put("assessment", "HOAN_THANH");
        Map<String, Object> end = grade("toan-ck1", f.student(), "Toán", "CUOI_KY");
        end.put("assessment", "HOAN_THANH_TOT");
        end.put("comment", "Tính nhẩm nhanh, trình bày sạch đẹp");
        Map<String, Object> passFail = grade("toan-dat", f.student(), "Toán", "CUOI_KY");
        passFail.put("assessment", "DAT");

        publish(f.homeroom(), f.school(), "grades", List.of(mid, end)).then().statusCode(403);
        publish(f.portal(), f.school(), "grades", List.of(mid, end, passFail)).then().statusCode(200)
                .body("records.outcome", contains("accepted", "accepted", "rejected"))
                .body("records[2].code", equalTo("WRONG_SCHOOL_LEVEL"))
                .body("records[2].message", equalTo("Đánh giá Đạt/Chưa đạt của môn học chỉ dùng cho cấp trung học "
                        + "cơ sở; trường này thuộc cấp tiểu học."));

        assertEquals("Con Phạm Gia Huy (lớp 2A1) có kết quả đánh giá giữa kỳ môn Tiếng Việt học kỳ I năm học "
                + "2025-2026: Hoàn thành.", text(f.school(), "tv-gk1"));
        assertEquals("Con Phạm Gia Huy (lớp 2A1) có kết quả đánh giá cuối kỳ môn Toán học kỳ I năm học 2025-2026: "
                + "Hoàn thành tốt. Nhận xét của giáo viên: Tính nhẩm nhanh, trình bày sạch đẹp.",
                text(f.school(), "toan-ck1"));
    }

    @Test
    void primaryQualitiesAndCompetencesAtMidTermAndAtTheEndOfTheYear() {
        Family f = family("TIEU_HOC", "2A1", "Phạm Gia Huy");
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("YEU_NUOC", "TOT");
        items.put("NHAN_AI", "TOT");
        items.put("CHAM_CHI", "DAT");
        items.put("TRUNG_THUC", "TOT");
        items.put("TRACH_NHIEM", "CAN_CO_GANG");
        items.put("TU_CHU_TU_HOC", "DAT");
        items.put("GIAO_TIEP_HOP_TAC", "TOT");
        items.put("GIAI_QUYET_VAN_DE", "DAT");
        items.put("NGON_NGU", "TOT");
        items.put("TINH_TOAN", "DAT");
        Map<String, Object> end = qualities("pc-nl-ck2", f.student(), "HK2", "CUOI_KY",
                Map.of("TU_CHU_TU_HOC", "TOT", "TINH_TOAN", "TOT"));
        end.put("comment", "Tiến bộ rõ về tự học");

        publish(f.homeroom(), f.school(), "assessments", List.of(qualities("pc-nl-gk1", f.student(), "HK1",
                        "GIUA_KY", items), end, qualities("pc-ck1", f.student(), "HK1", "CUOI_KY",
                        Map.of("TRUNG_THUC", "TOT", "CHAM_CHI", "CAN_CO_GANG"))))
                .then().statusCode(200).body("counts.accepted", equalTo(3));

        assertEquals("Con Phạm Gia Huy (lớp 2A1) – kết quả đánh giá giữa học kỳ I năm học 2025-2026 về phẩm chất và "
                + "năng lực. Phẩm chất: yêu nước Tốt, nhân ái Tốt, chăm chỉ Đạt, trung thực Tốt, trách nhiệm Cần cố "
                + "gắng. Năng lực chung: tự chủ và tự học Đạt, giao tiếp và hợp tác Tốt, giải quyết vấn đề và sáng tạo "
                + "Đạt. Năng lực đặc thù: ngôn ngữ Tốt, tính toán Đạt.", text(f.school(), "pc-nl-gk1"));
        assertEquals("Con Phạm Gia Huy (lớp 2A1) – kết quả đánh giá cuối năm học 2025-2026 về năng lực. Năng lực "
                + "chung: tự chủ và tự học Tốt. Năng lực đặc thù: tính toán Tốt. Nhận xét của giáo viên: Tiến bộ rõ về "
                + "tự học.", text(f.school(), "pc-nl-ck2"));
        assertEquals("Con Phạm Gia Huy (lớp 2A1) – kết quả đánh giá cuối học kỳ I năm học 2025-2026 về phẩm chất. "
                + "Phẩm chất: chăm chỉ Cần cố gắng, trung thực Tốt.", text(f.school(), "pc-ck1"));
    }

    @Test
    void aLevelOutsideTheRegulationsScaleIsRejectedWithItsCode() {
        Family f = family("TIEU_HOC", "2A1", "Phạm Gia Huy");

        publish(f.portal(), f.school(), "assessments", List.of(
                        qualities("pc-1", f.student(), "HK1", "GIUA_KY", Map.of("YEU_NUOC", "KHA")),
                        qualities("pc-2", f.student(), "HK1", "GIUA_KY", Map.of("SANG_TAO", "TOT")),
                        termResult("kq-1", f.student(), "HK1", "TOT", "TOT")))
                .then().statusCode(200)
                .body("records.code", contains("INVALID_VALUE", "INVALID_VALUE", "WRONG_SCHOOL_LEVEL"))
                .body("records[0].message", equalTo("Giá trị không hợp lệ cho trường items.YEU_NUOC: KHA."))
                .body("records[1].message", equalTo("Giá trị không hợp lệ cho trường items: SANG_TAO."))
                .body("records[2].message", equalTo("Kết quả rèn luyện và học tập (Thông tư 22/2021) chỉ dùng cho "
                        + "cấp trung học cơ sở; trường này thuộc cấp tiểu học."));
        publish(s.portal(), s.school(), "assessments", termResult("kq-2", s.an(), "HK1", "GIOI", "TOT"))
                .then().statusCode(200).body("records[0].code", equalTo("INVALID_VALUE"))
                .body("records[0].message", equalTo("Giá trị không hợp lệ cho trường conduct: GIOI."));
    }

    // --- preschool ------------------------------------------------------------------------------------------------

    @Test
    void preschoolTopicAssessmentListsEachDomain() {
        Family f = family("MAM_NON", "Chồi 2", "Nguyễn Minh Khôi");
        Map<String, Object> domains = new LinkedHashMap<>();
        domains.put("THE_CHAT", "DAT");
        domains.put("NHAN_THUC", "DAT");
        domains.put("NGON_NGU", Map.of("level", "CHUA_DAT", "comment", "Bé cần mạnh dạn hơn khi kể chuyện"));
        domains.put("TINH_CAM_XA_HOI", "DAT");
        domains.put("THAM_MY", Map.of("level", "DAT"));

        publish(f.homeroom(), f.school(), "assessments", List.of(
                        topic("cd-gia-dinh", f.student(), "Gia đình bé", "2025-11", domains),
                        topic("cd-trung-thu", f.student(), "Tết Trung thu", "2025-10-06", Map.of("THAM_MY", "DAT"))))
                .then().statusCode(200).body("counts.accepted", equalTo(2));

        assertEquals("Con Nguyễn Minh Khôi (lớp Chồi 2) – kết quả đánh giá chủ đề “Gia đình bé” tháng 11/2025. "
                + "Phát triển thể chất: Đạt. Phát triển nhận thức: Đạt. Phát triển ngôn ngữ: Chưa đạt – Bé cần mạnh dạn "
                + "hơn khi kể chuyện. Phát triển tình cảm và kỹ năng xã hội: Đạt. Phát triển thẩm mỹ: Đạt.",
                text(f.school(), "cd-gia-dinh"));
        assertEquals("Con Nguyễn Minh Khôi (lớp Chồi 2) – kết quả đánh giá chủ đề “Tết Trung thu” ngày 06/10/2025. "
                + "Phát triển thẩm mỹ: Đạt.", text(f.school(), "cd-trung-thu"));
        get(f.guardian(), "/students/{code}/assessments?schoolYear=2025-2026", f.student()).then().statusCode(200)
                .body("record.topic", contains("Gia đình bé", "Tết Trung thu"))
                .body("corrected", contains(false, false));
    }

    // --- who may publish ------------------------------------------------------------------------------------------

    @Test
    void onlyTheHomeroomTeacherOfTheStudentsClassPublishesAssessments() {
        publish(s.mathsTeacher(), s.school(), "assessments", termResult("kq-an", s.an(), "HK1", "TOT", "TOT"))
                .then().statusCode(403);
        publish(s.nurse(), s.school(), "assessments", termResult("kq-an", s.an(), "HK1", "TOT", "TOT"))
                .then().statusCode(403);

        publish(s.homeroomTeacher(), s.school(), "assessments", List.of(
                        termResult("kq-an", s.an(), "HK1", "TOT", "TOT"),
                        termResult("kq-cuong", s.cuong(), "HK1", "KHA", "DAT")))
                .then().statusCode(200).body("records.outcome", contains("accepted", "rejected"))
                .body("records[1].code", equalTo("NOT_PERMITTED"));
        publish(s.homeroomTeacher(), s.school(), "assessments", Map.of("sourceId", "kq-an", "deleted", true))
                .then().statusCode(200).body("records[0].outcome", equalTo("deleted"));
    }

    @Test
    void theSubjectTeacherPublishesTheirCommentSubjectButNotAnotherOne() {
        Map<String, Object> pe = grade("gdtc-an", s.an(), "GDTC", "CUOI_KY");
        pe.put("assessment", "DAT");

        publish(s.mathsTeacher(), s.school(), "grades", pe).then().statusCode(200)
                .body("records[0].code", equalTo("NOT_PERMITTED"));
        publish(s.principal(), s.school(), "grades", pe).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));
    }

    @Test
    void anotherFamilyCannotReadTheChildsAssessments() {
        publish(s.portal(), s.school(), "assessments", termResult("kq-an", s.an(), "HK1", "TOT", "TOT"))
                .then().statusCode(200);

        get(s.binhsMother().token(), "/students/{code}/assessments?schoolYear=2025-2026", s.an()).then()
                .statusCode(404);
        get(s.father().token(), "/students/{code}/assessments?schoolYear=2025-2026", s.an()).then()
                .statusCode(200).body("text", contains("Con Nguyễn Văn An (lớp 6A1) – kết quả học kỳ I năm học "
                        + "2025-2026: rèn luyện Tốt, học tập Tốt."));
        get(s.father().token(), "/students/{code}/assessments?schoolYear=2025", s.an()).then().statusCode(400);
    }

    // --- records and scenes ---------------------------------------------------------------------------------------

    static Map<String, Object> termResult(String sourceId, String student, String term, String conduct,
            String learning) {
        return new HashMap<>(Map.of("sourceId", sourceId, "studentCode", student, "type", "REN_LUYEN_HOC_TAP",
                "schoolYear", "2025-2026", "term", term, "conduct", conduct, "learning", learning));
    }

    static Map<String, Object> qualities(String sourceId, String student, String term, String kind,
            Map<String, Object> items) {
        return new HashMap<>(Map.of("sourceId", sourceId, "studentCode", student, "type", "PHAM_CHAT_NANG_LUC",
                "schoolYear", "2025-2026", "term", term, "kind", kind, "items", items));
    }

    static Map<String, Object> topic(String sourceId, String student, String topic, String period,
            Map<String, Object> domains) {
        return new HashMap<>(Map.of("sourceId", sourceId, "studentCode", student, "type", "CHU_DE",
                "topic", topic, "period", period, "domains", domains));
    }

    private static Map<String, Object> grade(String sourceId, String student, String subject, String kind) {
        return new HashMap<>(Map.of("sourceId", sourceId, "studentCode", student, "subject", subject,
                "schoolYear", "2025-2026", "term", "HK1", "kind", kind));
    }

    private static Map<String, Object> with(Map<String, Object> record, String key, Object value) {
        record.put(key, value);
        return record;
    }

    private Family family(String level, String className, String childName) {
        return scenes.family(level, className, childName);
    }

    private String text(String school, String sourceId) {
        return pool.preparedQuery("SELECT n.text FROM notice n JOIN school sc ON sc.id = n.school_id "
                        + "WHERE sc.code = $1 AND n.source_id = $2")
                .execute(Tuple.of(school, sourceId))
                .await().atMost(TIMEOUT).iterator().next().getString(0);
    }
}

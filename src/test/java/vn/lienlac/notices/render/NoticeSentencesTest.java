package vn.lienlac.notices.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.render.NoticeTexts.Subjects;

/**
 * Issue 19, item 4: every kind of notice, rendered once by the real templates, is exactly the sentence a parent
 * should read — no doubled words ("Kế hoạch ngày ngày", "được đánh giá đánh giá", "cả năm năm học"), no sentence
 * run into the next without its full stop. The directives' inbox texts are in {@code InboxTextsTest}.
 */
@QuarkusTest
class NoticeSentencesTest {

    static final Subjects AN = new Subjects("Nguyễn Văn An", "6A1", "Trường THCS Nghĩa Tân");
    static final Subjects CLASS = new Subjects(null, "6A1", "Trường THCS Nghĩa Tân");
    static final Subjects SCHOOL = new Subjects(null, null, "Trường THCS Nghĩa Tân");

    @Inject
    NoticeTexts texts;

    @Test
    void gradeWithAScore() {
        assertSentence("Con Nguyễn Văn An (lớp 6A1) có điểm đánh giá giữa kỳ môn Toán học kỳ I năm học 2025-2026: 8,5.",
                NoticeKind.GRADE, grade("TOAN", "HK1", "GIUA_KY", "8.5", null, null), AN);
    }

    @Test
    void gradeOfTheWholeYearSaysCaNamHocOnce() {
        assertSentence("Con Nguyễn Văn An (lớp 6A1) có điểm tổng kết môn Ngữ văn cả năm học 2025-2026: 8.",
                NoticeKind.GRADE, grade("NGU_VAN", "CA_NAM", "TONG_KET", "8.0", null, null), AN);
    }

    @Test
    void primaryAssessmentWithTheTeachersComment() {
        assertSentence("Con Nguyễn Văn An (lớp 6A1) có kết quả đánh giá cuối kỳ môn Tiếng Việt học kỳ II năm học "
                + "2025-2026: Hoàn thành tốt. Nhận xét của giáo viên: Đọc to, rõ ràng; viết đúng chính tả.",
                NoticeKind.GRADE, grade("TIENG_VIET", "HK2", "CUOI_KY", null, "HOAN_THANH_TOT",
                        "Đọc to, rõ ràng; viết đúng chính tả"), AN);
    }

    @Test
    void absenceWithPermission() {
        assertSentence("Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, có phép.",
                NoticeKind.ATTENDANCE, attendance("CO_PHEP", "SANG", null), AN);
    }

    @Test
    void absenceWithoutPermissionAndANote() {
        assertSentence("Con Nguyễn Văn An (lớp 6A1) vắng mặt cả ngày 15/09/2025, không có phép. Ghi chú: Gia đình "
                + "chưa báo.", NoticeKind.ATTENDANCE, attendance("KHONG_PHEP", "CA_NGAY", "Gia đình chưa báo"), AN);
    }

    @Test
    void lateArrival() {
        assertSentence("Con Nguyễn Văn An (lớp 6A1) đi học muộn buổi chiều ngày 15/09/2025.",
                NoticeKind.ATTENDANCE, attendance("DI_MUON", "CHIEU", null), AN);
        assertSentence("Con Nguyễn Văn An (lớp 6A1) đi học muộn ngày 15/09/2025.",
                NoticeKind.ATTENDANCE, attendance("DI_MUON", "CA_NGAY", null), AN);
    }

    @Test
    void checkUp() {
        Map<String, Object> record = new HashMap<>(Map.of("type", "KHAM_DINH_KY", "date", "2025-10-10",
                "heightCm", "145", "weightKg", "38.5", "bmi", "18.3", "bmiClass", "BINH_THUONG",
                "vision", "10/10 cả hai mắt", "dental", "sâu 1 răng hàm"));
        assertSentence("Kết quả khám sức khỏe định kỳ ngày 10/10/2025 của con Nguyễn Văn An (lớp 6A1): chiều cao "
                + "145 cm, cân nặng 38,5 kg, chỉ số BMI 18,3 (bình thường); thị lực: 10/10 cả hai mắt; răng miệng: "
                + "sâu 1 răng hàm.", NoticeKind.HEALTH, record, AN);
    }

    @Test
    void visitToTheNursesRoomEndsItsSentenceBeforeTheNote() {
        assertSentence("Con Nguyễn Văn An (lớp 6A1) đến phòng y tế của trường ngày 12/10/2025: Trầy xước đầu gối, "
                + "đã sát trùng. Ghi chú: Đã báo mẹ.", NoticeKind.HEALTH, Map.of("type", "SU_CO",
                        "date", "2025-10-12", "description", "Trầy xước đầu gối, đã sát trùng",
                        "notes", "Đã báo mẹ."), AN);
    }

    @Test
    void healthReminder() {
        assertSentence("Nhắc lịch: Tiêm vắc-xin sởi – rubella cho con Nguyễn Văn An (lớp 6A1) vào ngày 20/10/2025.",
                NoticeKind.HEALTH, Map.of("type", "NHAC_LICH", "date", "2025-10-20",
                        "title", "Tiêm vắc-xin sởi – rubella"), AN);
    }

    /** Issue 19: "Kế hoạch ngày ngày 07/12/2026". */
    @Test
    void dailyPlanSaysNgayOnce() {
        assertSentence("Lớp 6A1 – Kế hoạch ngày 07/12/2026: Hoạt động ngày thứ Hai",
                NoticeKind.ACTIVITY, activity("KE_HOACH_NGAY", "2026-12-07", "Hoạt động ngày thứ Hai", null), CLASS);
    }

    @Test
    void weeklyPlanStartsOnItsDate() {
        assertSentence("Lớp 6A1 – Kế hoạch tuần từ ngày 07/12/2026: Kế hoạch tuần 14\nThứ Hai: chào cờ",
                NoticeKind.ACTIVITY, activity("KE_HOACH_TUAN", "2026-12-07", "Kế hoạch tuần 14", "Thứ Hai: chào cờ"),
                CLASS);
    }

    @Test
    void menuTimetableChangeAndSchoolEvent() {
        assertSentence("Lớp 6A1 – Thực đơn ngày 16/09/2025: Thực đơn bán trú thứ Ba\nSáng: phở bò",
                NoticeKind.ACTIVITY, activity("THUC_DON", "2025-09-16", "Thực đơn bán trú thứ Ba", "Sáng: phở bò"),
                CLASS);
        assertSentence("Lớp 6A1 – Thay đổi thời khóa biểu ngày 17/09/2025: Tiết 3 học Toán thay Âm nhạc",
                NoticeKind.ACTIVITY, activity("THAY_DOI_TKB", "2025-09-17", "Tiết 3 học Toán thay Âm nhạc", null),
                CLASS);
        assertSentence("Trường THCS Nghĩa Tân – Sự kiện ngày 20/11/2025: Lễ kỷ niệm Ngày Nhà giáo Việt Nam",
                NoticeKind.ACTIVITY, activity("SU_KIEN", "2025-11-20", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam", null),
                SCHOOL);
    }

    /** Issue 20, item 3: "cô"/"thầy" when the directory knows the teacher's gender, else "giáo viên". */
    @Test
    void dailyCommentOfAKnownTeacher() {
        assertSentence("Nhận xét ngày 07/12/2026 của cô Lê Thu Hà về con Nguyễn Văn An (lớp 6A1): Con tích cực phát "
                + "biểu.", NoticeKind.COMMENT, comment(Map.of("scope", "NGAY", "date", "2026-12-07",
                        "teacherName", "Lê Thu Hà", "teacherGender", "FEMALE", "text", "Con tích cực phát biểu.")), AN);
    }

    @Test
    void weeklyClassCommentOfASubjectTeacher() {
        assertSentence("Nhận xét môn Toán tuần từ ngày 07/12/2026 của thầy Đỗ Văn Toàn về lớp 6A1: Cả lớp làm bài "
                + "tập đầy đủ.", NoticeKind.COMMENT, comment(Map.of("scope", "TUAN", "weekOf", "2026-12-07",
                        "subject", "TOAN", "teacherName", "Đỗ Văn Toàn", "teacherGender", "MALE",
                        "text", "Cả lớp làm bài tập đầy đủ.")), CLASS);
    }

    @Test
    void termCommentOfATeacherWhoseGenderIsUnknown() {
        assertSentence("Nhận xét học kỳ II năm học 2025-2026 của giáo viên Lê Thu Hà về con Nguyễn Văn An (lớp 6A1): "
                + "Con chăm ngoan, tiến bộ.", NoticeKind.COMMENT, comment(Map.of("scope", "HOC_KY",
                        "schoolYear", "2025-2026", "term", "HK2", "teacherName", "Lê Thu Hà",
                        "text", "Con chăm ngoan, tiến bộ.")), AN);
    }

    @Test
    void unsignedCommentOfTheWholeYearSaysCaNamHocOnce() {
        assertSentence("Nhận xét cả năm học 2025-2026 về con Nguyễn Văn An (lớp 6A1): Hoàn thành tốt nhiệm vụ.",
                NoticeKind.COMMENT, comment(Map.of("scope", "HOC_KY", "schoolYear", "2025-2026", "term", "CA_NAM",
                        "text", "Hoàn thành tốt nhiệm vụ.")), AN);
    }

    @Test
    void digestListsTheDaysNotices() {
        String digest = texts.digest(LocalDate.of(2025, 9, 15), List.of(
                "Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, không có phép.",
                NoticeTexts.CORRECTION + "Con Nguyễn Văn An (lớp 6A1) có điểm đánh giá giữa kỳ môn Toán học kỳ I năm "
                        + "học 2025-2026: 9."));

        assertEquals("Tóm tắt ngày 15/09/2025:\n• Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, "
                + "không có phép.\n• Đính chính: Con Nguyễn Văn An (lớp 6A1) có điểm đánh giá giữa kỳ môn Toán học kỳ "
                + "I năm học 2025-2026: 9.", digest);
    }

    /** Issue 20, item 1: a lower-secondary term result (Thông tư 22/2021), the example of the brief. */
    @Test
    void lowerSecondaryConductAndLearningResult() {
        assertSentence("Con Trần Thị Bình (lớp 6A1) – kết quả học kỳ I năm học 2025-2026: rèn luyện Tốt, học tập "
                + "Khá.", NoticeKind.ASSESSMENT, Map.of("type", "REN_LUYEN_HOC_TAP", "schoolYear", "2025-2026",
                        "term", "HK1", "conduct", "TOT", "learning", "KHA"),
                new Subjects("Trần Thị Bình", "6A1", "Trường THCS Nghĩa Tân"));
    }

    @Test
    void lowerSecondarySubjectAssessedByComment() {
        assertSentence("Con Nguyễn Văn An (lớp 6A1) có kết quả tổng kết môn Giáo dục thể chất cả năm học "
                + "2025-2026: Đạt.", NoticeKind.GRADE, grade("GDTC", "CA_NAM", "TONG_KET", null, "DAT", null), AN);
    }

    @Test
    void primaryQualitiesAndCompetences() {
        assertSentence("Con Nguyễn Văn An (lớp 2A1) – kết quả đánh giá cuối năm học 2025-2026 về phẩm chất và năng "
                + "lực. Phẩm chất: yêu nước Tốt, trách nhiệm Cần cố gắng. Năng lực chung: giao tiếp và hợp tác Đạt. "
                + "Năng lực đặc thù: ngôn ngữ Tốt, thể chất Đạt.", NoticeKind.ASSESSMENT, Map.of(
                        "type", "PHAM_CHAT_NANG_LUC", "schoolYear", "2025-2026", "term", "HK2", "kind", "CUOI_KY",
                        "items", Map.of("TRACH_NHIEM", "CAN_CO_GANG", "YEU_NUOC", "TOT", "THE_CHAT", "DAT",
                                "NGON_NGU", "TOT", "GIAO_TIEP_HOP_TAC", "DAT")),
                new Subjects("Nguyễn Văn An", "2A1", "Trường Tiểu học Nghĩa Tân"));
    }

    @Test
    void preschoolTopicAssessment() {
        assertSentence("Con Nguyễn Minh Khôi (lớp Chồi 2) – kết quả đánh giá chủ đề “Gia đình bé” tháng 11/2025. "
                + "Phát triển nhận thức: Đạt. Phát triển ngôn ngữ: Chưa đạt – Bé cần mạnh dạn hơn khi kể chuyện. "
                + "Nhận xét của giáo viên: Bé ngoan, ăn hết suất.", NoticeKind.ASSESSMENT, Map.of("type", "CHU_DE",
                        "topic", "Gia đình bé", "period", "2025-11", "schoolYear", "2025-2026",
                        "comment", "Bé ngoan, ăn hết suất",
                        "domains", Map.of("NGON_NGU", Map.of("level", "CHUA_DAT",
                                "comment", "Bé cần mạnh dạn hơn khi kể chuyện"), "NHAN_THUC", Map.of("level", "DAT"))),
                new Subjects("Nguyễn Minh Khôi", "Chồi 2", "Trường Mầm non Hoa Sen"));
    }

    private void assertSentence(String expected, NoticeKind kind, Map<String, Object> record, Subjects about) {
        String text = texts.render(kind, record, about);
        assertEquals(expected, text);
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), text, "NFC");
    }

    private static Map<String, Object> grade(String subject, String term, String kind, String score,
            String assessment, String comment) {
        Map<String, Object> record = new HashMap<>(Map.of("subject", subject, "schoolYear", "2025-2026",
                "term", term, "kind", kind));
        record.put("score", score);
        record.put("assessment", assessment);
        record.put("comment", comment);
        return record;
    }

    private static Map<String, Object> attendance(String status, String session, String note) {
        Map<String, Object> record = new HashMap<>(Map.of("date", "2025-09-15", "session", session,
                "status", status));
        record.put("note", note);
        return record;
    }

    private static Map<String, Object> comment(Map<String, Object> fields) {
        return new HashMap<>(fields);
    }

    private static Map<String, Object> activity(String type, String date, String title, String body) {
        Map<String, Object> record = new HashMap<>(Map.of("type", type, "date", date, "title", title));
        record.put("body", body);
        return record;
    }
}

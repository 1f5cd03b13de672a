package vn.lienlac.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.notices.NoticeKind;

/**
 * The demo parent's first notices, as a school's portal would publish them (docs/notices.md): two grades of the first
 * child, one of them corrected afterwards (so the app shows an "Đính chính"), a day absent with permission and the
 * class's daily plan; a health check-up of the second child. Dates are relative to the day of seeding.
 */
final class DemoNotices {

    /** Every demo notice's sourceId starts with this: the seed looks for it to publish only once. */
    static final String SOURCE_PREFIX = "demo-";

    /** One batch for one school: records of one kind, published in order. */
    record Batch(String schoolCode, NoticeKind kind, List<Map<String, Object>> records) {
    }

    private DemoNotices() {
    }

    /** The batches, in the order they are published; the last corrects a grade of the first. */
    static List<Batch> batches(DemoDistrict.DemoParent parent, DemoDistrict.DemoTeacher teacher, LocalDate today,
            String schoolYear) {
        DemoDistrict.DemoChild elder = parent.children().get(0);
        DemoDistrict.DemoChild younger = parent.children().get(1);
        String elderCode = elder.student().studentCode();
        String elderSchool = elder.school().code();
        String term = today.getMonthValue() >= 8 || today.getMonthValue() == 1 ? "HK1" : "HK2";
        LocalDate lastSchoolDay = schoolDayBefore(today);
        LocalDate checkUp = schoolDayBefore(lastSchoolDay);

        Map<String, Object> maths = record("demo-diem-" + elderCode + "-gk", Map.of("studentCode", elderCode,
                "subject", teacher.subject(), "schoolYear", schoolYear, "term", term, "kind", "GIUA_KY",
                "score", 8.5, "comment", "Con làm bài cẩn thận, cần luyện thêm phần hình học."));
        Map<String, Object> literature = record("demo-diem-" + elderCode + "-tx1", Map.of("studentCode", elderCode,
                "subject", "Ngữ văn", "schoolYear", schoolYear, "term", term, "kind", "THUONG_XUYEN", "score", 7));
        Map<String, Object> corrected = new LinkedHashMap<>(literature);
        corrected.put("score", 7.5);
        corrected.put("comment", "Điểm đã được chấm lại sau khi kiểm tra bài.");

        return List.of(
                new Batch(elderSchool, NoticeKind.GRADE, List.of(maths, literature)),
                new Batch(elderSchool, NoticeKind.ATTENDANCE, List.of(record("demo-vang-" + elderCode,
                        Map.of("studentCode", elderCode, "date", lastSchoolDay.toString(), "session", "CA_NGAY",
                                "status", "CO_PHEP", "note", "Gia đình xin cho con nghỉ vì bị sốt.")))),
                new Batch(elderSchool, NoticeKind.ACTIVITY, List.of(record("demo-kh-" + teacher.className(),
                        Map.of("className", teacher.className(), "type", "KE_HOACH_NGAY", "date", today.toString(),
                                "title", "Lịch học và hoạt động của lớp",
                                "body", "Tiết 1–2: Toán – ôn tập phân số\nTiết 3: Ngữ văn – đọc hiểu văn bản\n"
                                        + "Chiều: sinh hoạt câu lạc bộ thể thao, con mang giày thể thao.")))),
                new Batch(younger.school().code(), NoticeKind.HEALTH, List.of(record("demo-kham-"
                        + younger.student().studentCode(), Map.of("studentCode", younger.student().studentCode(),
                                "type", "KHAM_DINH_KY", "date", checkUp.toString(), "heightCm", 118,
                                "weightKg", 21.5, "bmiClass", "BINH_THUONG", "vision", "10/10 cả hai mắt",
                                "dental", "răng tốt, không sâu")))),
                new Batch(elderSchool, NoticeKind.GRADE, List.of(corrected)));
    }

    /** The last day before {@code day} from Monday to Friday. */
    static LocalDate schoolDayBefore(LocalDate day) {
        LocalDate before = day.minusDays(1);
        while (before.getDayOfWeek() == DayOfWeek.SATURDAY || before.getDayOfWeek() == DayOfWeek.SUNDAY) {
            before = before.minusDays(1);
        }
        return before;
    }

    private static Map<String, Object> record(String sourceId, Map<String, Object> fields) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("sourceId", sourceId);
        record.putAll(fields);
        return record;
    }
}

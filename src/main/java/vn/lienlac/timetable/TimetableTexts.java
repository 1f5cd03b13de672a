package vn.lienlac.timetable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What families are told when a class's timetable is published or changed (docs/timetable.md, "Notifications"). */
final class TimetableTexts {

    /** At most this many changes are listed; the rest are counted. */
    static final int MAX_LISTED = 8;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TimetableTexts() {
    }

    static String title(String className) {
        return "Thời khóa biểu lớp " + className;
    }

    /** A class's first timetable. */
    static String published(String className, LocalDate weekOf) {
        return "Lớp " + className + " đã có thời khóa biểu, áp dụng từ tuần " + weekOf.format(DAY)
                + ". Phụ huynh xem trong mục Thời khóa biểu.";
    }

    /** "Thời khóa biểu lớp 6A1 thay đổi từ tuần 14/12/2026: Thứ Ba tiết 2 (sáng): Toán → Ngữ văn; …." */
    static String changed(String className, LocalDate weekOf, List<String> changes) {
        StringBuilder text = new StringBuilder("Thời khóa biểu lớp ").append(className).append(" thay đổi từ tuần ")
                .append(weekOf.format(DAY)).append(": ");
        text.append(String.join("; ", changes.subList(0, Math.min(MAX_LISTED, changes.size()))));
        if (changes.size() > MAX_LISTED) {
            text.append("; và ").append(changes.size() - MAX_LISTED).append(" thay đổi khác");
        }
        return text.append('.').toString();
    }
}

package vn.lienlac.leave;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The Vietnamese texts of leave requests' inbox items and notifications (docs/leave-requests.md). */
final class LeaveTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LeaveTexts() {
    }

    /** To the homeroom teacher when a parent submits. */
    static String submitted(LeaveRequest r) {
        return nfc("Phụ huynh em " + child(r) + " xin cho con nghỉ học " + period(r) + ". Lý do: "
                + sentence(r.reason()));
    }

    /**
     * To the child's guardians when the teacher decides; {@code teacher} names who decided ("cô Phạm Thị Hoa",
     * {@code TeacherTitle}), null when they are no member of the school's staff (then "giáo viên").
     */
    static String decided(LeaveRequest r, String teacher) {
        String text = "APPROVED".equals(r.status())
                ? "Đơn xin nghỉ học của con " + child(r) + " " + period(r)
                        + " đã được duyệt; nhà trường ghi nhận con nghỉ có phép."
                : "Đơn xin nghỉ học của con " + child(r) + " " + period(r) + " không được duyệt.";
        if (r.decisionComment() != null) {
            text += " Nhận xét của " + (teacher == null ? "giáo viên" : teacher) + ": "
                    + sentence(r.decisionComment());
        }
        return nfc(text);
    }

    /** "cả ngày 15/09/2025", "buổi sáng ngày 15/09/2025", "từ ngày 15/09/2025 đến ngày 16/09/2025" (whole days). */
    static String period(LeaveRequest r) {
        String session = switch (r.session()) {
            case "SANG" -> "buổi sáng ";
            case "CHIEU" -> "buổi chiều ";
            default -> "";
        };
        if (r.from().equals(r.to())) {
            return (session.isEmpty() ? "cả ngày " : session + "ngày ") + day(r.from());
        }
        return session + "từ ngày " + day(r.from()) + " đến ngày " + day(r.to());
    }

    private static String child(LeaveRequest r) {
        return r.className() == null ? r.studentName() : r.studentName() + " (lớp " + r.className() + ")";
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** Free text followed by nothing else still ends with a mark. */
    private static String sentence(String text) {
        return text.matches("(?s).*[.!?…]$") ? text : text + ".";
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

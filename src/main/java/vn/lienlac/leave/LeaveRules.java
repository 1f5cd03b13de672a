package vn.lienlac.leave;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import vn.lienlac.platform.error.ApiException;

/** What a leave request may say; each breach is a 400 with a Vietnamese detail (docs/leave-requests.md). */
final class LeaveRules {

    /** How many days back a request may start (a parent writing after the child was already away). */
    static final int MAX_DAYS_BACK = 7;
    /** How far ahead a request may start. */
    static final int MAX_DAYS_AHEAD = 60;
    /** Longest request, in days. */
    static final int MAX_DAYS = 30;
    static final int MAX_TEXT = 500;
    static final Set<String> SESSIONS = Set.of("SANG", "CHIEU", "CA_NGAY");

    private LeaveRules() {
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("Hãy chọn " + field + ".");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Ngày không hợp lệ: " + text + " (dạng yyyy-MM-dd).");
        }
    }

    static void range(LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            throw ApiException.badRequest("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
        if (from.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw ApiException.badRequest("Chỉ xin nghỉ được cho những ngày từ " + MAX_DAYS_BACK
                    + " ngày trước trở lại đây.");
        }
        if (from.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw ApiException.badRequest("Chỉ xin nghỉ trước tối đa " + MAX_DAYS_AHEAD + " ngày.");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ApiException.badRequest("Mỗi đơn xin nghỉ tối đa " + MAX_DAYS + " ngày.");
        }
    }

    static String session(String session) {
        if (session == null || !SESSIONS.contains(session)) {
            throw ApiException.badRequest("Buổi nghỉ phải là SANG (buổi sáng), CHIEU (buổi chiều) "
                    + "hoặc CA_NGAY (cả ngày).");
        }
        return session;
    }

    static String reason(String reason) {
        String text = text(reason);
        if (text == null) {
            throw ApiException.badRequest("Hãy ghi lý do xin nghỉ.");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw ApiException.badRequest("Lý do xin nghỉ tối đa " + MAX_TEXT + " ký tự.");
        }
        return text;
    }

    static String comment(String comment) {
        String text = text(comment);
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw ApiException.badRequest("Nhận xét tối đa " + MAX_TEXT + " ký tự.");
        }
        return text;
    }

    /** Trimmed, NFC, null when blank. */
    private static String text(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}

package vn.lienlac.adoption.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import vn.lienlac.platform.error.ApiException;

/** Two days, inclusive, from {@code from} and {@code to} query parameters ({@code 2026-12-02}). */
record DateRange(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    /** Missing {@code to}: today; missing {@code from}: 30 days up to {@code to}. Longer than a year: 400. */
    static DateRange parse(String from, String to, LocalDate today) {
        LocalDate end = to == null || to.isBlank() ? today : day(to, "to");
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1) : day(from, "from");
        if (start.isAfter(end)) {
            throw ApiException.badRequest("Ngày bắt đầu (from) phải trước hoặc bằng ngày kết thúc (to).");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ApiException.badRequest("Khoảng thời gian tối đa là " + MAX_DAYS + " ngày.");
        }
        return new DateRange(start, end);
    }

    static LocalDate day(String text, String name) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Ngày không hợp lệ ở tham số " + name + ": " + text
                    + ". Hãy viết theo dạng 2026-12-02.");
        }
    }
}

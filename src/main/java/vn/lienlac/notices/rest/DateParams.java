package vn.lienlac.notices.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.lienlac.platform.error.ApiException;

/** Date query parameters ({@code yyyy-MM-dd}) of the notices API. */
final class DateParams {

    private DateParams() {
    }

    /** The date written in {@code text}, or {@code otherwise} when there is none; 400 when it does not parse. */
    static LocalDate orElse(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Ngày không hợp lệ: " + text + " (định dạng yyyy-MM-dd).");
        }
    }
}

package vn.lienlac.chat.rest;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.lienlac.chat.moderation.OfficeHours;
import vn.lienlac.chat.moderation.OfficeHoursNotice;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.text.UnsafeText;

/**
 * A staff member's office hours as sent: {@code {"weekdays":[1,2,3,4,5],"opens":"07:00","closes":"17:00",
 * "notice":"…"}}. Days are ISO numbers (1 = Monday … 7 = Sunday); times are {@code HH:mm}, Asia/Ho_Chi_Minh.
 *
 * @param notice optional: without it (or blank) the notice is built from the hours
 */
public record OfficeHoursRequest(List<Integer> weekdays, String opens, String closes, String notice) {

    static final int MAX_NOTICE = 500;
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    /** The hours, or 400 VALIDATION_FAILED listing every field that breaks a rule. */
    OfficeHours toHours() {
        List<Map<String, String>> errors = new ArrayList<>();
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (weekdays == null || weekdays.isEmpty()) {
            errors.add(error("weekdays", "Chọn ít nhất một ngày trong tuần (1 = thứ Hai … 7 = Chủ nhật)."));
        } else if (weekdays.stream().anyMatch(day -> day == null || day < 1 || day > 7)) {
            errors.add(error("weekdays", "Ngày trong tuần là số từ 1 (thứ Hai) đến 7 (Chủ nhật)."));
        } else {
            weekdays.forEach(day -> days.add(DayOfWeek.of(day)));
        }
        LocalTime from = time("opens", opens, errors);
        LocalTime to = time("closes", closes, errors);
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(error("closes", "Giờ kết thúc phải sau giờ bắt đầu (trong cùng một ngày)."));
        }
        String text = notice == null ? ""
                : Normalizer.normalize(UnsafeText.stripInvisible(notice), Normalizer.Form.NFC).strip();
        if (UnsafeText.refusal(notice) != null) {
            errors.add(error("notice", UnsafeText.refusal(notice).message()));
        } else if (text.codePointCount(0, text.length()) > MAX_NOTICE) {
            errors.add(error("notice", "Lời nhắn tối đa " + MAX_NOTICE + " ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, null, errors);
        }
        return new OfficeHours(days, from, to, text.isEmpty() ? OfficeHoursNotice.standard(days, from, to) : text);
    }

    private static LocalTime time(String field, String value, List<Map<String, String>> errors) {
        if (value == null || !TIME.matcher(value).matches()) {
            errors.add(error(field, "Giờ theo dạng HH:mm, ví dụ 07:00."));
            return null;
        }
        return LocalTime.parse(value);
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}

package vn.lienlac.chat.moderation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The out-of-hours notice a staff member gets when they set no text of their own, such as
 * "Thầy/cô sẽ trả lời tin nhắn trong giờ làm việc (7:00–17:00, thứ Hai – thứ Sáu)."
 */
public final class OfficeHoursNotice {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final String[] DAY_NAMES = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy",
        "Chủ nhật"};

    private OfficeHoursNotice() {
    }

    /** The default notice for these hours. */
    public static String standard(Set<DayOfWeek> weekdays, LocalTime opens, LocalTime closes) {
        return "Thầy/cô sẽ trả lời tin nhắn trong giờ làm việc (" + TIME.format(opens) + "–" + TIME.format(closes)
                + (weekdays.isEmpty() ? "" : ", " + days(weekdays)) + ").";
    }

    /** Runs of three or more consecutive days as a range ("thứ Hai – thứ Sáu"), other days one by one. */
    static String days(Set<DayOfWeek> weekdays) {
        List<String> parts = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int day : new TreeSet<>(weekdays.stream().map(DayOfWeek::getValue).toList())) {
            if (!run.isEmpty() && day != run.get(run.size() - 1) + 1) {
                parts.add(run(run));
                run.clear();
            }
            run.add(day);
        }
        parts.add(run(run));
        return String.join(", ", parts);
    }

    private static String run(List<Integer> days) {
        String first = DAY_NAMES[days.get(0) - 1];
        String last = DAY_NAMES[days.get(days.size() - 1) - 1];
        return switch (days.size()) {
            case 1 -> first;
            case 2 -> first + ", " + last;
            default -> first + " – " + last;
        };
    }
}

package vn.lienlac.directory.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** School years run from August to the following July and are written {@code 2026-2027}. */
public final class SchoolYears {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    private SchoolYears() {
    }

    /** The school year that contains today in the clock's zone. */
    public static String current(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /**
     * How a year that has ended is shown, e.g. after the name of a closed class's chat group:
     * {@code Năm học 2025-2026 (đã kết thúc)}.
     */
    public static String ended(String schoolYear) {
        return "Năm học " + schoolYear + " (đã kết thúc)";
    }

    /** True for {@code YYYY-YYYY} where the second year follows the first. */
    public static boolean isValid(String schoolYear) {
        if (schoolYear == null) {
            return false;
        }
        var m = FORMAT.matcher(schoolYear);
        return m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1;
    }
}

package vn.lienlac.timetable;

import java.util.Comparator;
import java.util.List;

/**
 * One period of the school week: a day (1 = Thứ Hai … 6 = Thứ Bảy), a session (SANG, CHIEU) and a period (1–5).
 * Ordered as the week runs: day, then morning before afternoon, then period.
 */
public record Slot(int day, String session, int period) implements Comparable<Slot> {

    public static final int DAYS = 6;
    public static final int PERIODS = 5;
    public static final List<String> SESSIONS = List.of("SANG", "CHIEU");
    static final List<String> DAY_NAMES = List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy");

    private static final Comparator<Slot> ORDER = Comparator.comparingInt(Slot::day)
            .thenComparingInt(s -> SESSIONS.indexOf(s.session())).thenComparingInt(Slot::period);

    public Slot {
        if (day < 1 || day > DAYS || period < 1 || period > PERIODS || !SESSIONS.contains(session)) {
            throw new IllegalArgumentException("not a slot: " + day + " " + session + " " + period);
        }
    }

    /** "Thứ Ba tiết 2 (sáng)". */
    public String label() {
        return dayName(day) + " tiết " + period + " (" + (session.equals("SANG") ? "sáng" : "chiều") + ")";
    }

    public static String dayName(int day) {
        return DAY_NAMES.get(day - 1);
    }

    @Override
    public int compareTo(Slot other) {
        return ORDER.compare(this, other);
    }
}

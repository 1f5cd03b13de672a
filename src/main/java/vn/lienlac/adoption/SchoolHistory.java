package vn.lienlac.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * A school's, district office's or department's daily snapshots between two days, inclusive; days without a snapshot
 * are absent. One shape for the three, so that a chart draws any of them.
 */
public record SchoolHistory(String code, String name, LocalDate from, LocalDate to, List<DailyFigures> days) {
}

package vn.lienlac.adoption;

import java.time.LocalDate;
import java.util.List;

/** A school's daily snapshots between two days, inclusive; days without a snapshot are absent. */
public record SchoolHistory(String code, String name, LocalDate from, LocalDate to, List<DailyFigures> days) {
}

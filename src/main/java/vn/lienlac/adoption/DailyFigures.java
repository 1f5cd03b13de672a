package vn.lienlac.adoption;

import java.time.LocalDate;

/** A school's figures as the daily snapshot found them on that day (Asia/Ho_Chi_Minh date). */
public record DailyFigures(LocalDate day, Figures figures) {
}

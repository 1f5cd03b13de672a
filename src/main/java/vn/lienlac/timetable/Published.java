package vn.lienlac.timetable;

import java.time.LocalDate;
import java.util.List;

/**
 * What a publish did (or, as a dry run, would do) for each class.
 *
 * @param weekOf  the Monday of the first week the timetables apply to
 * @param dryRun  nothing was stored or sent
 * @param classes one entry per class in the file (or the one class entered)
 */
public record Published(LocalDate weekOf, boolean dryRun, List<ClassOutcome> classes) {

    /**
     * @param status   {@code NEW} (the class's first timetable), {@code CHANGED}, or {@code UNCHANGED} (nothing stored,
     *                 nobody told)
     * @param changes  the changed slots as families are told ("Thứ Ba tiết 2 (sáng): Toán → Ngữ văn")
     * @param notified guardians told (0 in a dry run)
     */
    public record ClassOutcome(long classId, String className, String status, int lessons, List<String> changes,
            int notified) {
    }
}

package vn.lienlac.timetable;

import java.time.LocalDate;
import java.util.List;

/**
 * A week of lessons as the app shows it.
 *
 * @param classId   the class (null for a teacher's own week, or a child with no class)
 * @param className its name, or null
 * @param week      the Monday of the week shown
 * @param validFrom the Monday from which this timetable applies (null when there is none yet)
 * @param lessons   the filled slots in week order
 */
public record TimetableView(Long classId, String className, LocalDate week, LocalDate validFrom,
        List<LessonView> lessons) {

    /**
     * One lesson.
     *
     * @param day       1 (Thứ Hai) … 6 (Thứ Bảy)
     * @param dayName   "Thứ Hai"
     * @param date      the day's date in the week shown
     * @param session   SANG or CHIEU
     * @param className the class (useful in a teacher's week)
     */
    public record LessonView(int day, String dayName, LocalDate date, String session, int period, String subject,
            String teacher, String room, long classId, String className) {
    }
}

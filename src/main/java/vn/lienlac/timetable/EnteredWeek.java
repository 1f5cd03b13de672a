package vn.lienlac.timetable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.lienlac.timetable.Timetables.CellInput;
import vn.lienlac.timetable.Timetables.WeekInput;

/**
 * A class's week as entered in the app: each cell checked by the rules of a file cell; the errors name the cell by
 * its position in the list (row, from 1) and the field (column). Any error rejects the whole week.
 *
 * @param week the lessons
 * @param rows each filled slot's position in the list, from 1 (for later errors on the cell: a busy teacher)
 */
record EnteredWeek(Week week, Map<Slot, Integer> rows) {

    static final int MAX_CELLS = Slot.DAYS * Slot.SESSIONS.size() * Slot.PERIODS;

    static EnteredWeek of(WeekInput body) {
        List<CellInput> cells = body == null || body.cells() == null ? List.of() : body.cells();
        List<TimetableError> errors = new ArrayList<>();
        Map<Slot, Lesson> lessons = new TreeMap<>();
        Map<Slot, Integer> rows = new TreeMap<>();
        if (cells.size() > MAX_CELLS) {
            errors.add(new TimetableError(0, null, null, "TOO_MANY", "Một tuần có tối đa " + MAX_CELLS + " tiết."));
        }
        for (int i = 0; i < cells.size() && i < MAX_CELLS; i++) {
            CellInput cell = cells.get(i);
            int row = i + 1;
            if (cell == null) {
                continue;
            }
            if (cell.day() == null || cell.day() < 1 || cell.day() > Slot.DAYS) {
                errors.add(new TimetableError(row, "day", null, "INVALID_DAY",
                        "Thứ phải từ 1 (Thứ Hai) đến 6 (Thứ Bảy)."));
                continue;
            }
            if (cell.session() == null || !Slot.SESSIONS.contains(cell.session())) {
                errors.add(new TimetableError(row, "session", null, "INVALID_SESSION",
                        "Buổi phải là SANG hoặc CHIEU."));
                continue;
            }
            if (cell.period() == null || cell.period() < 1 || cell.period() > Slot.PERIODS) {
                errors.add(new TimetableError(row, "period", null, "INVALID_PERIOD",
                        "Tiết phải từ 1 đến " + Slot.PERIODS + "."));
                continue;
            }
            Slot slot = new Slot(cell.day(), cell.session(), cell.period());
            Lesson lesson = Lessons.of(cell.subject(), cell.teacher(), cell.room());
            if (lesson == null) {
                errors.add(new TimetableError(row, "subject", null, "REQUIRED", "Hãy ghi môn học của "
                        + slot.label() + "."));
                continue;
            }
            List<String> problems = Lessons.tooLong(lesson);
            if (!problems.isEmpty()) {
                errors.add(new TimetableError(row, "subject", null, "TOO_LONG", String.join(" ", problems)));
                continue;
            }
            if (lessons.putIfAbsent(slot, lesson) != null) {
                errors.add(new TimetableError(row, "period", null, "DUPLICATE_SLOT", slot.label()
                        + " được nhập hai lần."));
            } else {
                rows.put(slot, row);
            }
        }
        if (errors.isEmpty() && lessons.isEmpty()) {
            errors.add(new TimetableError(0, null, null, "EMPTY", "Thời khóa biểu trống: hãy nhập ít nhất một tiết."));
        }
        if (!errors.isEmpty()) {
            throw Timetables.rejected(errors);
        }
        return new EnteredWeek(new Week(lessons), Map.copyOf(rows));
    }
}

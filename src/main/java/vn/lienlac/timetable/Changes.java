package vn.lienlac.timetable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** What differs between the week in force and a new one, slot by slot in week order ("Thứ Ba tiết 2 (sáng): Toán → Ngữ văn"). */
final class Changes {

    static final String EMPTY = "trống";

    private Changes() {
    }

    static List<String> between(Week before, Week after) {
        TreeSet<Slot> slots = new TreeSet<>(before.lessons().keySet());
        slots.addAll(after.lessons().keySet());
        List<String> lines = new ArrayList<>();
        for (Slot slot : slots) {
            Lesson was = before.lessons().get(slot);
            Lesson now = after.lessons().get(slot);
            if (!Objects.equals(was, now)) {
                lines.add(slot.label() + ": " + text(was) + " → " + text(now));
            }
        }
        return lines;
    }

    private static String text(Lesson lesson) {
        return lesson == null ? EMPTY : lesson.text();
    }
}

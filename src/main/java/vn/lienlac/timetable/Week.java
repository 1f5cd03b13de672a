package vn.lienlac.timetable;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A class's whole week: each filled slot and its lesson, in week order; empty slots are absent. */
public record Week(Map<Slot, Lesson> lessons) {

    public static final Week EMPTY = new Week(Map.of());

    public Week {
        lessons = Collections.unmodifiableMap(new TreeMap<>(lessons));
    }

    public boolean isEmpty() {
        return lessons.isEmpty();
    }
}

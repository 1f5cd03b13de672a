package vn.lienlac.directory.sync.rollover;

import static vn.lienlac.directory.sync.DirectoryEventType.CLASS_CLOSED;
import static vn.lienlac.directory.sync.DirectoryEventType.HOMEROOM_UNASSIGNED;
import static vn.lienlac.directory.sync.DirectoryEventType.TEACHING_UNASSIGNED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.ChangeAction;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.engine.ChangeLog;
import vn.lienlac.directory.sync.engine.Fields;
import vn.lienlac.directory.sync.rollover.EarlierClasses.OldClass;
import vn.lienlac.directory.sync.rollover.EarlierClasses.OldTeaching;

/**
 * Decides a rollover from the classes it closes, where the school's students are now and where the import places
 * them. Pure: no database, no clock. Logs one CLASS change and a CLASS_CLOSED event per closing class, and the
 * homerooms and teaching assignments that end with it (HOMEROOM_UNASSIGNED, TEACHING_UNASSIGNED), as a staff import
 * ending them would.
 */
final class RolloverPlanner {

    private RolloverPlanner() {
    }

    /**
     * @param toYear          the import's school year
     * @param earlier         the classes that close (not empty)
     * @param currentClass    the class id of each of the school's active students with an active enrollment, by code
     * @param records         the import's records (the first of each code counts)
     * @param existingClasses names of the classes of the import's year that exist already
     */
    static RolloverPlan plan(String toYear, EarlierClasses earlier, Map<String, Long> currentClass,
            List<StudentRecord> records, Set<String> existingClasses, ChangeLog log) {
        Map<Long, OldClass> closing = new LinkedHashMap<>();
        earlier.classes().forEach(c -> closing.put(c.id(), c));
        List<String> fromYears = earlier.classes().stream().map(OldClass::schoolYear).distinct().toList();
        boolean oneYear = fromYears.size() == 1;

        Map<String, String> placed = new LinkedHashMap<>();
        records.forEach(r -> placed.putIfAbsent(r.studentCode(), r.className()));

        Map<Long, Integer> students = new HashMap<>();
        Map<Long, Map<String, Integer>> promoted = new HashMap<>();
        Map<Long, Integer> left = new HashMap<>();
        currentClass.forEach((code, classId) -> {
            if (!closing.containsKey(classId)) {
                return;
            }
            students.merge(classId, 1, Integer::sum);
            String to = placed.get(code);
            if (to == null) {
                left.merge(classId, 1, Integer::sum);
            } else {
                promoted.computeIfAbsent(classId, id -> new TreeMap<>()).merge(to, 1, Integer::sum);
            }
        });

        Map<String, Integer> size = new TreeMap<>();
        Map<String, Map<String, Integer>> from = new HashMap<>();
        Map<String, Integer> joined = new HashMap<>();
        placed.forEach((code, className) -> {
            size.merge(className, 1, Integer::sum);
            Long before = currentClass.get(code);
            OldClass old = before == null ? null : closing.get(before);
            if (old == null) {
                joined.merge(className, 1, Integer::sum);
            } else {
                from.computeIfAbsent(className, n -> new TreeMap<>())
                        .merge(oneYear ? old.name() : label(old), 1, Integer::sum);
            }
        });

        List<Rollover.ClosingClass> closingView = new ArrayList<>();
        List<Long> homerooms = new ArrayList<>();
        List<String> closedGroups = new ArrayList<>();
        for (OldClass c : earlier.classes()) {
            closingView.add(new Rollover.ClosingClass(c.name(), c.schoolYear(), students.getOrDefault(c.id(), 0),
                    promoted.getOrDefault(c.id(), Map.of()), left.getOrDefault(c.id(), 0)));
            closedGroups.add("Lớp " + c.name() + " — " + SchoolYears.ended(c.schoolYear()));
            log.change(0, ChangeEntity.CLASS, label(c), ChangeAction.DEACTIVATED,
                    new Fields().diff("active", true, false));
            log.event(CLASS_CLOSED, "classId", c.id(), "schoolYear", c.schoolYear(), "toSchoolYear", toYear);
            if (c.homeroomStaffId() != null) {
                homerooms.add(c.id());
                log.change(0, ChangeEntity.HOMEROOM, c.homeroomStaffCode(), ChangeAction.DEACTIVATED,
                        new Fields().diff("class", label(c), null));
                log.event(HOMEROOM_UNASSIGNED, "classId", c.id(), "staffId", c.homeroomStaffId(),
                        "staffCode", c.homeroomStaffCode());
            }
        }
        List<Long> teaching = new ArrayList<>();
        for (OldTeaching t : earlier.teaching()) {
            teaching.add(t.id());
            log.change(0, ChangeEntity.TEACHING, t.staffCode(), ChangeAction.DEACTIVATED, new Fields()
                    .diff("class", label(closing.get(t.classId())), null)
                    .diff("subject", t.subject().isEmpty() ? null : t.subject(), null));
            log.event(TEACHING_UNASSIGNED, "staffId", t.staffId(), "staffCode", t.staffCode(), "classId",
                    t.classId(), "subject", t.subject());
        }

        List<Rollover.OpeningClass> opening = new ArrayList<>();
        List<String> newGroups = new ArrayList<>();
        size.forEach((name, count) -> {
            boolean created = !existingClasses.contains(name);
            opening.add(new Rollover.OpeningClass(name, count, from.getOrDefault(name, Map.of()),
                    joined.getOrDefault(name, 0), created));
            if (created) {
                newGroups.add("Lớp " + name);
            }
        });
        Rollover preview = new Rollover(toYear, fromYears, List.copyOf(closingView), List.copyOf(opening),
                homerooms.size(), teaching.size(), List.copyOf(closedGroups), List.copyOf(newGroups));
        return new RolloverPlan(preview, earlier.classes().stream().map(OldClass::id).toList(), List.copyOf(homerooms),
                List.copyOf(teaching));
    }

    /** A class of an earlier year as the report names it: {@code 6A1 (2025-2026)}. */
    private static String label(OldClass c) {
        return c.name() + " (" + c.schoolYear() + ")";
    }
}

package vn.lienlac.directory.sync.staff;

import static vn.lienlac.directory.sync.DirectoryEventType.HOMEROOM_ASSIGNED;
import static vn.lienlac.directory.sync.DirectoryEventType.HOMEROOM_UNASSIGNED;
import static vn.lienlac.directory.sync.DirectoryEventType.TEACHING_ASSIGNED;
import static vn.lienlac.directory.sync.DirectoryEventType.TEACHING_UNASSIGNED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.sync.ChangeAction;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.engine.ChangeLog;
import vn.lienlac.directory.sync.engine.Fields;
import vn.lienlac.directory.sync.engine.Ref;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.staff.StaffState.ExistingStaff;
import vn.lienlac.directory.sync.staff.StaffState.Homeroom;
import vn.lienlac.directory.sync.staff.StaffState.Teaching;

/**
 * Diffs homerooms and teaching assignments of the import's school year. A listed staff member's row is the whole
 * truth about their homeroom and teaching (in both modes); a snapshot also clears the homerooms of the school's
 * classes that no row names, and everything of the staff it deactivates.
 */
final class AssignmentDiffer {

    private final SyncContext ctx;
    private final StaffState state;
    private final StaffPlan plan;
    private final ChangeLog log;
    /** Homeroom classes by staff code, before and after the import: the HOMEROOM changes are their differences. */
    private final Map<String, List<String>> before = new TreeMap<>();
    private final Map<String, List<String>> after = new TreeMap<>();
    private final Map<String, Integer> rows = new HashMap<>();

    AssignmentDiffer(SyncContext ctx, StaffState state, StaffPlan plan) {
        this.ctx = ctx;
        this.state = state;
        this.plan = plan;
        this.log = plan.log();
    }

    static List<String> classesOf(StaffRecord r) {
        return r.classes() == null ? List.of() : r.classes();
    }

    void diff(List<StaffRecord> records, List<ExistingStaff> leaving) {
        records.forEach(r -> rows.put(r.staffCode(), r.row()));
        homerooms(records, leaving);
        records.forEach(this::teaching);
        for (ExistingStaff s : leaving) {
            state.teachingOf(s.id()).forEach(t -> endTeaching(0, s.code(), t));
        }
    }

    private void homerooms(List<StaffRecord> records, List<ExistingStaff> leaving) {
        for (Homeroom h : state.homerooms()) {
            before.computeIfAbsent(h.staffCode(), c -> new ArrayList<>()).add(label(h.className(), h.schoolId(),
                    h.schoolCode()));
            after.computeIfAbsent(h.staffCode(), c -> new ArrayList<>()).add(label(h.className(), h.schoolId(),
                    h.schoolCode()));
        }
        Map<String, StaffRecord> wanted = wantedHomerooms(records);
        Map<String, Homeroom> here = new HashMap<>();
        state.homerooms().stream().filter(h -> ctx.school().isSchool(h.schoolId()))
                .forEach(h -> here.put(h.className(), h));
        wanted.forEach((className, r) -> {
            Homeroom current = here.get(className);
            if (current != null && current.staffCode().equals(r.staffCode())) {
                return;
            }
            if (current != null) {
                unassign(current);
            }
            Ref schoolClass = new Ref.SchoolClass(className);
            Ref staff = new Ref.Staff(r.staffCode());
            plan.homerooms.add(new StaffPlan.HomeroomSet(schoolClass, staff));
            after.computeIfAbsent(r.staffCode(), c -> new ArrayList<>()).add(className);
            log.event(HOMEROOM_ASSIGNED, "classId", schoolClass, "staffId", staff, "staffCode", r.staffCode());
        });
        Set<Long> left = new HashSet<>();
        leaving.forEach(s -> left.add(s.id()));
        for (Homeroom h : state.homerooms()) {
            boolean ofSchool = ctx.school().isSchool(h.schoolId());
            if (ofSchool && wanted.containsKey(h.className())) {
                continue;
            }
            if (rows.containsKey(h.staffCode()) || left.contains(h.staffId()) || ofSchool && ctx.deactivateMissing()) {
                plan.homerooms.add(new StaffPlan.HomeroomSet(Ref.id(h.classId()), null));
                unassign(h);
            }
        }
        after.forEach(this::homeroomChange);
    }

    /** Class name → the first row naming it as homeroom; later rows naming the same class are warned about. */
    private Map<String, StaffRecord> wantedHomerooms(List<StaffRecord> records) {
        Map<String, StaffRecord> wanted = new LinkedHashMap<>();
        for (StaffRecord r : records) {
            String className = r.homeroomClass();
            if (className == null) {
                continue;
            }
            StaffRecord first = wanted.putIfAbsent(className, r);
            if (first != null) {
                wanted.put(className, first);
                log.warn(r.row(), null, "DUPLICATE_HOMEROOM", "Lớp " + className + " đã có giáo viên chủ nhiệm ở dòng "
                        + first.row() + "; chủ nhiệm ở dòng này không được ghi.");
            }
        }
        return wanted;
    }

    private void unassign(Homeroom h) {
        after.get(h.staffCode()).remove(label(h.className(), h.schoolId(), h.schoolCode()));
        log.event(HOMEROOM_UNASSIGNED, "classId", h.classId(), "staffId", h.staffId(), "staffCode", h.staffCode());
    }

    private void homeroomChange(String staffCode, List<String> classes) {
        List<String> old = before.getOrDefault(staffCode, List.of());
        if (old.equals(classes)) {
            return;
        }
        ChangeAction action = old.isEmpty() ? ChangeAction.CREATED
                : classes.isEmpty() ? ChangeAction.DEACTIVATED : ChangeAction.UPDATED;
        log.change(rows.getOrDefault(staffCode, 0), ChangeEntity.HOMEROOM, staffCode, action,
                new Fields().diff("class", join(old), join(classes)));
    }

    private void teaching(StaffRecord r) {
        Set<Assignment> wanted = new LinkedHashSet<>();
        List<String> subjects = r.subjects() == null || r.subjects().isEmpty() ? List.of("") : r.subjects();
        for (String className : classesOf(r)) {
            subjects.forEach(subject -> wanted.add(new Assignment(className, subject)));
        }
        ExistingStaff s = state.staff().get(r.staffCode());
        for (Teaching t : s == null ? List.<Teaching>of() : state.teachingOf(s.id())) {
            if (!ctx.school().isSchool(t.schoolId()) || !wanted.remove(new Assignment(t.className(), t.subject()))) {
                endTeaching(r.row(), r.staffCode(), t);
            }
        }
        for (Assignment a : wanted) {
            String className = a.className();
            String subject = a.subject();
            Ref staff = new Ref.Staff(r.staffCode());
            Ref schoolClass = new Ref.SchoolClass(className);
            plan.teaching.add(new StaffPlan.TeachingStart(staff, schoolClass, subject));
            log.change(r.row(), ChangeEntity.TEACHING, r.staffCode(), ChangeAction.CREATED,
                    new Fields().set("class", className).set("subject", subject.isEmpty() ? null : subject));
            log.event(TEACHING_ASSIGNED, "staffId", staff, "staffCode", r.staffCode(), "classId", schoolClass,
                    "subject", subject);
        }
    }

    private void endTeaching(int row, String staffCode, Teaching t) {
        plan.endedTeaching.add(t.id());
        log.change(row, ChangeEntity.TEACHING, staffCode, ChangeAction.DEACTIVATED, new Fields()
                .diff("class", label(t.className(), t.schoolId(), t.schoolCode()), null)
                .diff("subject", t.subject().isEmpty() ? null : t.subject(), null));
        log.event(TEACHING_UNASSIGNED, "staffId", t.staffId(), "staffCode", staffCode, "classId", t.classId(),
                "subject", t.subject());
    }

    /** A class of the school and a subject (empty when none was given). */
    private record Assignment(String className, String subject) {
    }

    /** A class name, with its school's code when it is not the import's school. */
    private String label(String className, long schoolId, String schoolCode) {
        return ctx.school().isSchool(schoolId) ? className : className + " (" + schoolCode + ")";
    }

    private static String join(List<String> classes) {
        return classes.isEmpty() ? null : String.join(", ", classes);
    }
}

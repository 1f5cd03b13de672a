package vn.lienlac.directory.sync.students;

import static vn.lienlac.directory.sync.DirectoryEventType.STUDENT_DEACTIVATED;
import static vn.lienlac.directory.sync.DirectoryEventType.STUDENT_ENROLLED;
import static vn.lienlac.directory.sync.DirectoryEventType.STUDENT_MOVED_CLASS;
import static vn.lienlac.directory.sync.DirectoryEventType.STUDENT_REACTIVATED;
import static vn.lienlac.directory.sync.DirectoryEventType.STUDENT_TRANSFERRED;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.ChangeAction;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.engine.ChangeLog;
import vn.lienlac.directory.sync.engine.Fields;
import vn.lienlac.directory.sync.engine.Ref;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.students.StudentState.CurrentClass;
import vn.lienlac.directory.sync.students.StudentState.ExistingClass;
import vn.lienlac.directory.sync.students.StudentState.ExistingStudent;

/**
 * Diffs the records of a student import against the directory: classes, students and enrollments here, guardians
 * and links in {@link GuardianDiffer}. Pure: no database, no clock; the same inputs give the same plan.
 */
public final class StudentDiffer {

    private final SyncContext ctx;
    private final StudentState state;
    private final StudentPlan plan = new StudentPlan();
    private final ChangeLog log = plan.log();

    private StudentDiffer(SyncContext ctx, StudentState state) {
        this.ctx = ctx;
        this.state = state;
    }

    public static StudentPlan diff(SyncContext ctx, StudentState state, List<StudentRecord> records) {
        return new StudentDiffer(ctx, state).diff(records);
    }

    private StudentPlan diff(List<StudentRecord> input) {
        List<StudentRecord> records = firstOfEachCode(input);
        state.students().values().forEach(s -> plan.ids().student(s.code(), s.id()));
        state.classes().values().forEach(c -> plan.ids().schoolClass(c.name(), c.id()));
        classes(records);
        records.forEach(this::student);
        List<ExistingStudent> leaving = ctx.deactivateMissing() ? leaving(records) : List.of();
        leaving.forEach(this::deactivate);
        new GuardianDiffer(ctx, state, plan).diff(records, leaving);
        return plan;
    }

    private List<StudentRecord> firstOfEachCode(List<StudentRecord> records) {
        Set<String> seen = new HashSet<>();
        List<StudentRecord> first = new ArrayList<>(records.size());
        for (StudentRecord r : records) {
            if (seen.add(r.studentCode())) {
                first.add(r);
            } else {
                log.warn(r.row(), null, "DUPLICATE_CODE",
                        "Mã học sinh " + r.studentCode() + " lặp lại; chỉ dòng đầu tiên được dùng.");
            }
        }
        return first;
    }

    private void classes(List<StudentRecord> records) {
        Map<String, Integer> named = new LinkedHashMap<>();
        records.forEach(r -> named.putIfAbsent(r.className(), r.row()));
        named.forEach((name, row) -> {
            ExistingClass existing = state.classes().get(name);
            if (existing == null) {
                plan.newClasses.add(name);
                log.change(row, ChangeEntity.CLASS, name, ChangeAction.CREATED, new Fields());
            } else if (!existing.active()) {
                plan.classActivity.add(new StudentPlan.ClassActivity(existing.id(), true));
                log.change(row, ChangeEntity.CLASS, name, ChangeAction.REACTIVATED,
                        new Fields().diff("active", false, true));
            }
        });
        if (ctx.deactivateMissing()) {
            state.classes().values().stream().filter(c -> c.active() && !named.containsKey(c.name())).forEach(c -> {
                plan.classActivity.add(new StudentPlan.ClassActivity(c.id(), false));
                log.change(0, ChangeEntity.CLASS, c.name(), ChangeAction.DEACTIVATED,
                        new Fields().diff("active", true, false));
            });
        }
    }

    private void student(StudentRecord r) {
        ExistingStudent s = state.students().get(r.studentCode());
        Ref student = new Ref.Student(r.studentCode());
        Ref schoolClass = new Ref.SchoolClass(r.className());
        if (s == null) {
            plan.newStudents.add(r);
            log.change(r.row(), ChangeEntity.STUDENT, r.studentCode(), ChangeAction.CREATED, new Fields()
                    .set("fullName", r.fullName()).set("dateOfBirth", r.dateOfBirth()).set("gender", r.gender()));
            enroll(r, student, schoolClass, null);
            log.event(STUDENT_ENROLLED, "studentId", student, "studentCode", r.studentCode(), "classId", schoolClass);
            return;
        }
        boolean transferred = s.schoolId() != ctx.school().id();
        Fields fields = new Fields()
                .diff("fullName", s.fullName(), r.fullName())
                .diff("dateOfBirth", s.dateOfBirth(), r.dateOfBirth())
                .diff("gender", s.gender(), r.gender())
                .diff("school", s.schoolCode(), ctx.school().code())
                .diff("active", s.active(), true);
        if (!fields.isEmpty()) {
            plan.studentUpdates.add(new StudentPlan.StudentUpdate(s.id(), r));
            log.change(r.row(), ChangeEntity.STUDENT, r.studentCode(),
                    s.active() ? ChangeAction.UPDATED : ChangeAction.REACTIVATED, fields);
        }
        CurrentClass from = s.currentClass();
        boolean moved = from == null || !from.is(ctx.school().id(), ctx.schoolYear(), r.className());
        if (moved) {
            enroll(r, student, schoolClass, from);
        }
        Long fromClassId = from == null ? null : from.classId();
        if (transferred) {
            log.event(STUDENT_TRANSFERRED, "studentId", student, "studentCode", r.studentCode(),
                    "fromSchoolId", s.schoolId(), "toSchoolId", ctx.school().id(),
                    "fromClassId", fromClassId, "toClassId", schoolClass);
        }
        if (!s.active()) {
            log.event(STUDENT_REACTIVATED, "studentId", student, "studentCode", r.studentCode(),
                    "classId", schoolClass);
        } else if (moved && !transferred && from == null) {
            log.event(STUDENT_ENROLLED, "studentId", student, "studentCode", r.studentCode(), "classId", schoolClass);
        } else if (moved && !transferred) {
            log.event(STUDENT_MOVED_CLASS, "studentId", student, "studentCode", r.studentCode(),
                    "fromClassId", fromClassId, "toClassId", schoolClass);
        }
    }

    private void enroll(StudentRecord r, Ref student, Ref schoolClass, CurrentClass from) {
        if (from != null) {
            plan.endedEnrollments.add(from.enrollmentId());
        }
        plan.enrollments.add(new StudentPlan.Enrollment(student, schoolClass));
        log.change(r.row(), ChangeEntity.ENROLLMENT, r.studentCode(),
                from == null ? ChangeAction.CREATED : ChangeAction.UPDATED,
                new Fields().diff("class", from == null ? null : from.label(ctx.schoolYear()), r.className()));
    }

    /** The school's active students that the import does not list. */
    private List<ExistingStudent> leaving(List<StudentRecord> records) {
        Set<String> listed = new HashSet<>();
        records.forEach(r -> listed.add(r.studentCode()));
        return state.students().values().stream()
                .filter(s -> s.active() && s.schoolId() == ctx.school().id() && !listed.contains(s.code()))
                .toList();
    }

    private void deactivate(ExistingStudent s) {
        plan.deactivatedStudents.add(s.id());
        log.change(0, ChangeEntity.STUDENT, s.code(), ChangeAction.DEACTIVATED,
                new Fields().diff("active", true, false));
        CurrentClass from = s.currentClass();
        if (from != null) {
            plan.endedEnrollments.add(from.enrollmentId());
            log.change(0, ChangeEntity.ENROLLMENT, s.code(), ChangeAction.DEACTIVATED,
                    new Fields().diff("class", from.label(ctx.schoolYear()), null));
        }
        log.event(STUDENT_DEACTIVATED, "studentId", s.id(), "studentCode", s.code(),
                "classId", from == null ? null : from.classId());
    }
}

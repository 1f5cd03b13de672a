package vn.lienlac.directory.sync.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.ChangeAction;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.DirectoryEventType;
import vn.lienlac.directory.sync.ImportMode;
import vn.lienlac.directory.sync.engine.PendingEvent;
import vn.lienlac.directory.sync.engine.Ref;
import vn.lienlac.directory.sync.engine.School;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.students.StudentState.CurrentClass;
import vn.lienlac.directory.sync.students.StudentState.ExistingClass;
import vn.lienlac.directory.sync.students.StudentState.ExistingGuardian;
import vn.lienlac.directory.sync.students.StudentState.ExistingLink;
import vn.lienlac.directory.sync.students.StudentState.ExistingStudent;

/** The student diff without a database: a directory state in memory, records in, a plan out. */
class StudentDifferTest {

    private static final School SCHOOL = new School(1, "TRG-1", 10);
    private static final String YEAR = "2026-2027";
    private static final String OLD = "+84900000001";
    private static final String NEW = "+84900000002";

    private final Map<String, ExistingStudent> students = new LinkedHashMap<>();
    private final Map<String, ExistingClass> classes = new LinkedHashMap<>();
    private final Map<Long, List<ExistingLink>> links = new HashMap<>();
    private final Map<Long, ExistingGuardian> guardians = new HashMap<>();
    private final Map<Long, Integer> otherChildren = new HashMap<>();

    @Test
    void newStudentGetsClassEnrollmentGuardianAndLink() {
        StudentPlan plan = diff(ImportMode.SNAPSHOT, record(2, "HS1", "6A1", mother("Lê Thị Tư", NEW)));

        assertEquals(List.of("6A1"), plan.newClasses);
        assertEquals(1, plan.newStudents.size());
        assertEquals(List.of(new StudentPlan.Enrollment(new Ref.Student("HS1"), new Ref.SchoolClass("6A1"))),
                plan.enrollments);
        assertEquals(NEW, plan.newGuardians.get(0).phone());
        assertEquals(List.of(new StudentPlan.Link(new Ref.Student("HS1"), new Ref.Guardian(NEW), Relationship.MOTHER)),
                plan.links);
        assertEquals(List.of(DirectoryEventType.STUDENT_ENROLLED, DirectoryEventType.GUARDIAN_LINKED), types(plan));
    }

    @Test
    void studentAsStoredChangesNothing() {
        existing("HS1", "6A1", true);
        guardian(7, OLD, "Lê Thị Tư", true);
        link(70, "HS1", 7, Relationship.MOTHER);

        StudentPlan plan = diff(ImportMode.SNAPSHOT, record(2, "HS1", "6A1", mother("Lê Thị Tư", OLD)));

        assertTrue(plan.isEmpty());
        assertEquals(List.of(), plan.log().events());
    }

    @Test
    void newNumberUnderTheSameNameRenumbersTheGuardian() {
        existing("HS1", "6A1", true);
        guardian(7, OLD, "Lê Thị Tư", true);
        link(70, "HS1", 7, Relationship.MOTHER);

        StudentPlan plan = diff(ImportMode.SNAPSHOT, record(2, "HS1", "6A1", mother("LE THI  TU", NEW)));

        assertEquals(List.of(new StudentPlan.GuardianUpdate(7, NEW, "LE THI  TU")), plan.guardianUpdates);
        assertEquals(List.of(), plan.newGuardians);
        assertEquals(List.of(), plan.endedLinks);
        assertEquals(List.of(DirectoryEventType.GUARDIAN_PHONE_CHANGED), types(plan));
    }

    @Test
    void oldNumberStillListedForASiblingIsNotARenumbering() {
        existing("HS1", "6A1", true);
        existing("HS2", "6A1", true);
        guardian(7, OLD, "Lê Thị Tư", true);
        link(70, "HS1", 7, Relationship.MOTHER);
        link(71, "HS2", 7, Relationship.MOTHER);

        StudentPlan plan = diff(ImportMode.SNAPSHOT, record(2, "HS1", "6A1", mother("Lê Thị Tư", NEW)),
                record(3, "HS2", "6A1", mother("Lê Thị Tư", OLD)));

        assertEquals(List.of(), plan.guardianUpdates);
        assertEquals(NEW, plan.newGuardians.get(0).phone());
        assertEquals(List.of(70L), plan.endedLinks);
        assertEquals(List.of(), plan.deactivatedGuardians);
    }

    @Test
    void guardianWithAChildInAnotherSchoolIsNotRenumbered() {
        existing("HS1", "6A1", true);
        guardian(7, OLD, "Lê Thị Tư", true);
        link(70, "HS1", 7, Relationship.MOTHER);
        otherChildren.put(7L, 1);

        StudentPlan plan = diff(ImportMode.SNAPSHOT, record(2, "HS1", "6A1", mother("Lê Thị Tư", NEW)));

        assertEquals(List.of(), plan.guardianUpdates);
        assertEquals(List.of(70L), plan.endedLinks);
        assertEquals(List.of(), plan.deactivatedGuardians);
    }

    @Test
    void snapshotDeactivatesTheGuardianOfADepartedStudentUnlessAnotherChildStays() {
        existing("HS1", "6A1", true);
        existing("HS2", "6A1", true);
        existing("HS3", "6A1", true);
        guardian(7, OLD, "Lê Thị Tư", true);
        guardian(8, NEW, "Trần Văn Ba", true);
        link(70, "HS2", 7, Relationship.MOTHER);
        link(80, "HS3", 8, Relationship.FATHER);
        link(81, "HS1", 8, Relationship.FATHER);

        StudentPlan plan = diff(ImportMode.SNAPSHOT, record(2, "HS1", "6A1", father("Trần Văn Ba", NEW)));

        assertEquals(List.of(102L, 103L), plan.deactivatedStudents);
        assertEquals(List.of(70L, 80L), plan.endedLinks);
        assertEquals(List.of(7L), plan.deactivatedGuardians);
    }

    @Test
    void deltaDeactivatesNobody() {
        existing("HS1", "6A1", true);
        existing("HS2", "6A2", true);

        StudentPlan plan = diff(ImportMode.DELTA, record(2, "HS1", "6A1"));

        assertEquals(List.of(), plan.deactivatedStudents);
        assertEquals(List.of(), plan.classActivity);
    }

    @Test
    void deactivatedStudentWhoReturnsIsReactivatedIntoTheClass() {
        existing("HS1", null, false);

        StudentPlan plan = diff(ImportMode.SNAPSHOT, record(2, "HS1", "6A1"));

        assertEquals(ChangeAction.REACTIVATED, plan.log().changes().stream()
                .filter(c -> c.entity() == ChangeEntity.STUDENT).findFirst().orElseThrow().action());
        assertEquals(1, plan.enrollments.size());
        assertEquals(List.of(DirectoryEventType.STUDENT_REACTIVATED), types(plan));
    }

    private StudentPlan diff(ImportMode mode, StudentRecord... records) {
        SyncContext ctx = new SyncContext(SCHOOL, YEAR, mode, mode == ImportMode.SNAPSHOT, false, Instant.EPOCH);
        StudentState state = new StudentState(students, classes, links, guardians, otherChildren);
        return StudentDiffer.diff(ctx, state, List.of(records));
    }

    private void existing(String code, String className, boolean active) {
        long id = 100 + students.size() + 1;
        CurrentClass current = null;
        if (className != null) {
            ExistingClass c = classes.computeIfAbsent(className, n -> new ExistingClass(10 + classes.size(), n, true));
            current = new CurrentClass(1000 + id, c.id(), SCHOOL.id(), YEAR, className);
        }
        students.put(code, new ExistingStudent(id, code, SCHOOL.id(), SCHOOL.code(), "Học Sinh " + code,
                LocalDate.of(2014, 9, 1), Gender.FEMALE, active, current));
    }

    private void guardian(long id, String phone, String name, boolean active) {
        guardians.put(id, new ExistingGuardian(id, phone, name,
                VietnameseText.searchKey(name), active));
    }

    private void link(long id, String studentCode, long guardianId, Relationship relationship) {
        long studentId = students.get(studentCode).id();
        links.computeIfAbsent(studentId, s -> new ArrayList<>())
                .add(new ExistingLink(id, studentId, guardianId, relationship));
    }

    private static StudentRecord record(int row, String code, String className, GuardianRecord... guardians) {
        return new StudentRecord(row, code, "Học Sinh " + code, LocalDate.of(2014, 9, 1), Gender.FEMALE, className,
                List.of(guardians));
    }

    private static GuardianRecord mother(String name, String phone) {
        return new GuardianRecord(Relationship.MOTHER, name, phone);
    }

    private static GuardianRecord father(String name, String phone) {
        return new GuardianRecord(Relationship.FATHER, name, phone);
    }

    private static List<DirectoryEventType> types(StudentPlan plan) {
        return plan.log().events().stream().map(PendingEvent::type).toList();
    }
}

package vn.lienlac.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.CallerScope;
import vn.lienlac.directory.StudentPlace;
import vn.lienlac.directory.model.StaffRole;

/** The pure rules at the edges the matrix does not reach; no Quarkus, no database. */
class CallerTest {

    private static final StudentPlace IN_6A1 = new StudentPlace("HS-1", "TRG-A", "PGD-1", 61L);
    private static final StudentPlace WITHOUT_CLASS = new StudentPlace("HS-2", "TRG-A", "PGD-1", null);

    @Test
    void teacherDoesNotSeeAStudentWithoutACurrentClass() {
        Caller teacher = Caller.of(staff(Map.of("TRG-A", Set.of(StaffRole.TEACHER)), Set.of(61L)));
        assertTrue(teacher.sees(IN_6A1));
        assertFalse(teacher.sees(WITHOUT_CLASS));
    }

    @Test
    void nurseSeesEveryStudentOfTheirSchoolButManagesNothing() {
        Caller nurse = Caller.of(staff(Map.of("TRG-A", Set.of(StaffRole.SCHOOL_NURSE)), Set.of()));
        assertTrue(nurse.sees(WITHOUT_CLASS));
        assertFalse(nurse.managesAt("TRG-A"));
        assertFalse(nurse.managesSomewhere());
    }

    @Test
    void otherStaffWorkAtTheSchoolButSeeNoStudent() {
        Caller other = Caller.of(staff(Map.of("TRG-A", Set.of(StaffRole.OTHER_STAFF)), Set.of()));
        assertTrue(other.worksAt("TRG-A"));
        assertFalse(other.sees(IN_6A1));
        assertFalse(other.worksAt("TRG-B"));
    }

    @Test
    void aNumberWithoutAnActiveGuardianIsNotAGuardian() {
        CallerScope staffOnly = new CallerScope("+84912345678", Set.of(), Map.of("TRG-A", Set.of(StaffRole.TEACHER)),
                Set.of(), Set.of(), false, List.of());
        assertFalse(Caller.of(staffOnly).isGuardian("+84912345678"));
    }

    @Test
    void guardianSeesTheirChildWhereverItIsAndNothingElse() {
        CallerScope parent = new CallerScope("+84912345678", Set.of(), Map.of(), Set.of(), Set.of(), true,
                List.of(WITHOUT_CLASS));
        Caller guardian = Caller.of(parent);
        assertTrue(guardian.sees(WITHOUT_CLASS));
        assertFalse(guardian.sees(IN_6A1));
        assertTrue(guardian.isGuardian("+84912345678"));
        assertFalse(guardian.isGuardian("+84987654321"));
    }

    @Test
    void districtOfficerSeesOnlyTheirDistrictsStudents() {
        CallerScope officer = new CallerScope(null, Set.of("PGD-2"), Map.of(), Set.of(), Set.of(), false, List.of());
        assertFalse(Caller.of(officer).sees(IN_6A1));
        assertTrue(Caller.of(officer).sees(new StudentPlace("HS-3", "TRG-C", "PGD-2", null)));
    }

    @Test
    void departmentOfficerReadsEveryDistrictOfTheirDepartmentAndManagesItsOfficeStaffButADistrictOfficerDoesNot() {
        CallerScope department = new CallerScope(null, Set.of("PGD-1", "PGD-2"), Map.of(), Set.of(), Set.of(), false,
                List.of(), Set.of("PGD-1", "PGD-2"));
        Caller officer = Caller.of(department);
        assertTrue(officer.sees(IN_6A1));
        assertTrue(officer.managesOfficeStaffOf("PGD-2"));
        assertFalse(officer.managesOfficeStaffOf("PGD-9"));
        assertFalse(officer.officerOf("PGD-9"));

        Caller districtOfficer = Caller.of(new CallerScope(null, Set.of("PGD-2"), Map.of(), Set.of(), Set.of(), false,
                List.of()));
        assertFalse(districtOfficer.managesOfficeStaffOf("PGD-2"));
        assertTrue(Caller.ADMIN.managesOfficeStaffOf("PGD-2"));
    }

    @Test
    void aClassRosterIsForItsTeachersAtItsSchoolAndTheLeadershipNotThePortalKey() {
        Caller teacher = Caller.of(staff(Map.of("TRG-A", Set.of(StaffRole.TEACHER)), Set.of(61L)));
        assertTrue(teacher.teacherOf("TRG-A", 61L));
        assertFalse(teacher.teacherOf("TRG-A", 62L));
        assertFalse(teacher.teacherOf("TRG-B", 61L)); // the class id under a school they do not work at
        assertFalse(teacher.leads("TRG-A"));
        assertTrue(Caller.of(staff(Map.of("TRG-A", Set.of(StaffRole.VICE_PRINCIPAL)), Set.of())).leads("TRG-A"));
        assertFalse(Caller.portal("TRG-A").leads("TRG-A"));
        assertTrue(Caller.portal("TRG-A").managesAt("TRG-A"));
    }

    private static CallerScope staff(Map<String, Set<StaffRole>> schools, Set<Long> taught) {
        return new CallerScope(null, Set.of(), schools, taught, Set.of(), false, List.of());
    }
}

package vn.lienlac.identity;

import java.util.EnumSet;
import java.util.Set;
import vn.lienlac.directory.CallerScope;
import vn.lienlac.directory.StudentPlace;
import vn.lienlac.directory.model.StaffRole;

/**
 * The rules, as pure decisions over what the directory says about the caller. No I/O here: {@link AccessPolicy}
 * fetches the facts (caller scope, where a student or school sits) and turns a "no" into 403 or 404.
 */
/**
 * @param portalSchool the one school a school portal's API key may manage, or null for people
 */
record Caller(boolean admin, CallerScope scope, String portalSchool) {

    /** Positions that see every student of their school (the nurse for health data). */
    private static final Set<StaffRole> ALL_STUDENTS = EnumSet.of(StaffRole.PRINCIPAL, StaffRole.VICE_PRINCIPAL,
            StaffRole.SCHOOL_NURSE);
    /** Positions that run their school's data: imports and the import log. */
    private static final Set<StaffRole> MANAGEMENT = EnumSet.of(StaffRole.PRINCIPAL, StaffRole.VICE_PRINCIPAL);

    static final Caller ADMIN = new Caller(true, CallerScope.NOBODY, null);

    static Caller of(CallerScope scope) {
        return new Caller(false, scope, null);
    }

    /** A school portal (API key): it manages its one school's data and sees nothing else. */
    static Caller portal(String schoolCode) {
        return new Caller(false, CallerScope.NOBODY, schoolCode);
    }

    boolean officerOf(String districtCode) {
        return admin || (districtCode != null && scope.districts().contains(districtCode));
    }

    /**
     * Imports a district office's own staff: the admin, and the officers of the department the district belongs to
     * (the office above); never the district's own officers.
     */
    boolean managesOfficeStaffOf(String districtCode) {
        return admin || (districtCode != null && scope.departmentDistricts().contains(districtCode));
    }

    /**
     * A department's own data (its adoption figures and history): the admin, and the department's officers — those
     * whose department reaches every one of its districts. A department without districts is the admin's only; a
     * district officer never passes, whatever their district.
     */
    boolean officerOfDepartment(Set<String> departmentDistricts) {
        return admin || (!departmentDistricts.isEmpty()
                && scope.departmentDistricts().containsAll(departmentDistricts));
    }

    boolean isOfficer() {
        return admin || !scope.districts().isEmpty();
    }

    /** Any active position in the school, including other staff. */
    boolean worksAt(String schoolCode) {
        return admin || !scope.positionsIn(schoolCode).isEmpty();
    }

    boolean managesAt(String schoolCode) {
        return admin || holdsAny(schoolCode, MANAGEMENT) || (portalSchool != null && portalSchool.equals(schoolCode));
    }

    /** May run imports somewhere: worth looking further before saying 403. */
    boolean managesSomewhere() {
        return isOfficer() || portalSchool != null || scope.schools().values().stream()
                .anyMatch(positions -> positions.stream().anyMatch(MANAGEMENT::contains));
    }

    /** Homeroom teacher of this class, and working at this school (the class's school, checked by the caller). */
    boolean homeroomTeacherOf(String schoolCode, long classId) {
        return worksAt(schoolCode) && scope.homeroomClasses().contains(classId);
    }

    /**
     * Teaches this class or is its homeroom teacher, and works at this school (the class's school, checked by the
     * caller).
     */
    boolean teacherOf(String schoolCode, long classId) {
        return worksAt(schoolCode) && scope.classes().contains(classId);
    }

    /** The school's principal or a vice principal (not its portal key: that is no person). */
    boolean leads(String schoolCode) {
        return admin || holdsAny(schoolCode, MANAGEMENT);
    }

    boolean seesAllStudentsAt(String schoolCode) {
        return admin || holdsAny(schoolCode, ALL_STUDENTS);
    }

    boolean teachesAt(String schoolCode) {
        return scope.positionsIn(schoolCode).contains(StaffRole.TEACHER);
    }

    /** A student is visible to the district, the school's leadership and nurse, their class's teachers, and family. */
    boolean sees(StudentPlace student) {
        return officerOf(student.districtCode())
                || seesAllStudentsAt(student.schoolCode())
                || (student.classId() != null && scope.classes().contains(student.classId()))
                || isGuardianOf(student.studentCode());
    }

    boolean isGuardianOf(String studentCode) {
        return scope.children().stream().anyMatch(child -> child.studentCode().equals(studentCode));
    }

    /** Holds a staff position somewhere: at a school, a district office or a department. */
    boolean holdsAnyPosition() {
        return !scope.schools().isEmpty() || !scope.districts().isEmpty() || !scope.departmentDistricts().isEmpty();
    }

    /** The caller is the active guardian with this number. */
    boolean isGuardian(String e164) {
        return scope.guardian() && e164.equals(scope.phone());
    }

    private boolean holdsAny(String schoolCode, Set<StaffRole> positions) {
        return scope.positionsIn(schoolCode).stream().anyMatch(positions::contains);
    }
}

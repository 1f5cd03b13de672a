package vn.lienlac.directory.sync.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.StaffRole;

/**
 * What the directory holds for a staff import: the school's staff (or, for an office import, the office's own staff)
 * and those the import lists, the school's classes of the year (none for an office), and the year's homerooms and
 * active teaching assignments of those staff members (in any school).
 *
 * @param staff     by staff code, in code order
 * @param classes   the school's classes of the import's year: name → id
 * @param homerooms classes of the year with a homeroom teacher: the school's, and any class of a loaded staff member
 * @param teaching  active teaching assignments of the year, by staff id
 */
public record StaffState(Map<String, ExistingStaff> staff, Map<String, Long> classes, List<Homeroom> homerooms,
        Map<Long, List<Teaching>> teaching) {

    public List<Teaching> teachingOf(long staffId) {
        return teaching.getOrDefault(staffId, List.of());
    }

    /**
     * A staff member as stored; {@code schoolId} and {@code schoolCode} are null for a district office's own staff.
     *
     * @param gender           null when the directory does not know it
     * @param districtOfficeId the district office of the staff member's school, or their own office; null for a
     *                         department's staff
     * @param officeCode       the code of that district office, or of their department
     * @param departmentId     their department, for a department's staff; null otherwise
     */
    public record ExistingStaff(long id, String code, Long schoolId, String schoolCode, String fullName,
            LocalDate dateOfBirth, Gender gender, StaffRole role, String phone, String email, boolean active, Long districtOfficeId,
            String officeCode, Long departmentId) {

        /** Office staff: a district office's or a department's own, in no school. */
        public boolean office() {
            return schoolId == null;
        }

        /** The code of the unit they belong to: their school, or their office for office staff. */
        public String unitCode() {
            return office() ? officeCode : schoolCode;
        }

        @Override
        public String toString() {
            return "ExistingStaff[id=" + id + ", code=" + code + "]";
        }
    }

    /** A class (of the school or another) and its homeroom teacher. */
    public record Homeroom(long classId, String className, long schoolId, String schoolCode, long staffId,
            String staffCode) {
    }

    /** An active teaching assignment; {@code subject} is empty when none was given. */
    public record Teaching(long id, long staffId, long classId, String className, long schoolId, String schoolCode,
            String subject) {
    }
}

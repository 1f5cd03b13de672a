package vn.lienlac.directives;

import vn.lienlac.directory.Participant;
import vn.lienlac.directory.model.StaffRole;

/**
 * One active staff position of the caller, as directives act on it: a department officer sends for their department,
 * a district officer for their district, a principal for their school, and every position receives on its own.
 *
 * @param schoolId       null for office staff (a district office's or a department's)
 * @param schoolCode     null for office staff
 * @param districtId     null for a department officer
 * @param districtCode   null for a department officer
 * @param departmentId   the department of a department officer; null for everyone else
 * @param departmentCode the department's code for a department officer; null for everyone else
 */
public record Position(long staffId, StaffRole role, Long schoolId, String schoolCode, Long districtId,
        String districtCode, Long departmentId, String departmentCode) {

    /** A district officer of this district (never a department officer, whatever districts they read). */
    public boolean officerOf(String district) {
        return role == StaffRole.DISTRICT_OFFICER && districtCode != null && districtCode.equals(district);
    }

    public boolean districtOfficer() {
        return role == StaffRole.DISTRICT_OFFICER && districtId != null;
    }

    /** A department officer of this department. */
    public boolean departmentOfficerOf(String department) {
        return role == StaffRole.DEPARTMENT_OFFICER && departmentCode != null && departmentCode.equals(department);
    }

    public boolean departmentOfficer() {
        return role == StaffRole.DEPARTMENT_OFFICER && departmentId != null;
    }

    /** Principal or vice principal of this school: may send to its staff, forward to them, answer report requests. */
    public boolean managesSchool(String school) {
        return school != null && school.equals(schoolCode)
                && (role == StaffRole.PRINCIPAL || role == StaffRole.VICE_PRINCIPAL);
    }

    /** The chat inbox owner of this position. */
    public String owner() {
        return Participant.staff(staffId).toString();
    }
}

package vn.lienlac.directives;

import vn.lienlac.directory.Participant;
import vn.lienlac.directory.model.StaffRole;

/**
 * One active staff position of the caller, as directives act on it: a district officer sends for their district, a
 * principal for their school, and every position receives on its own.
 *
 * @param schoolId   null for district office staff
 * @param schoolCode null for district office staff
 */
public record Position(long staffId, StaffRole role, Long schoolId, String schoolCode, long districtId,
        String districtCode) {

    public boolean officerOf(String district) {
        return role == StaffRole.DISTRICT_OFFICER && districtCode.equals(district);
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

package vn.lienlac.directory.importing;

import vn.lienlac.directory.model.StaffRole;

/**
 * Whose staff an import lists, which decides the roles its positions may give (docs/access.md, "Who may create
 * which role"): a school's import gives only school roles; a district office's import only the district officer
 * role; a department's import only the department officer role.
 */
public enum StaffUnit {
    /** A school's staff: principal, vice principal, teacher, nurse, other staff. */
    SCHOOL,
    /** A district office's (Phòng GDĐT) own staff: district officers; they belong to no school. */
    DISTRICT_OFFICE,
    /** A department's (Sở GDĐT) own staff: department officers; they belong to no school and no district office. */
    DEPARTMENT;

    /** Whether a position of this unit may hold the role. */
    public boolean gives(StaffRole role) {
        return switch (this) {
            case SCHOOL -> role != StaffRole.DISTRICT_OFFICER && role != StaffRole.DEPARTMENT_OFFICER;
            case DISTRICT_OFFICE -> role == StaffRole.DISTRICT_OFFICER;
            case DEPARTMENT -> role == StaffRole.DEPARTMENT_OFFICER;
        };
    }

    /** The office role of an office unit; null for a school. */
    public StaffRole officeRole() {
        return switch (this) {
            case SCHOOL -> null;
            case DISTRICT_OFFICE -> StaffRole.DISTRICT_OFFICER;
            case DEPARTMENT -> StaffRole.DEPARTMENT_OFFICER;
        };
    }

    /** The office's name in row errors ("Phòng GDĐT", "Sở GDĐT"); null for a school. */
    public String officeName() {
        return switch (this) {
            case SCHOOL -> null;
            case DISTRICT_OFFICE -> "Phòng GDĐT";
            case DEPARTMENT -> "Sở GDĐT";
        };
    }
}

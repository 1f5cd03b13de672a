package vn.lienlac.directory.importing;

import vn.lienlac.directory.model.StaffRole;

/**
 * Whose staff an import lists, which decides the roles its positions may give (docs/access.md, "Who may create
 * which role"): a school's import gives only school roles; a district office's import gives only office roles.
 */
public enum StaffUnit {
    /** A school's staff: principal, vice principal, teacher, nurse, other staff. */
    SCHOOL,
    /** A district office's (Phòng GDĐT) own staff: district officers; they belong to no school. */
    DISTRICT_OFFICE;

    /** Whether a position of this unit may hold the role. */
    public boolean gives(StaffRole role) {
        return (role == StaffRole.DISTRICT_OFFICER) == (this == DISTRICT_OFFICE);
    }
}

package vn.lienlac.identity;

import vn.lienlac.directory.model.StaffRole;

/** The application role a staff member's position (chức vụ) in the directory grants. */
public final class StaffRoles {

    private StaffRoles() {
    }

    /** One of the {@link Roles} names; never {@link Roles#ADMIN}, which no directory position grants. */
    public static String roleOf(StaffRole position) {
        return switch (position) {
            case DEPARTMENT_OFFICER -> Roles.DEPARTMENT_OFFICER;
            case DISTRICT_OFFICER -> Roles.DISTRICT_OFFICER;
            case PRINCIPAL -> Roles.PRINCIPAL;
            case VICE_PRINCIPAL -> Roles.VICE_PRINCIPAL;
            case TEACHER -> Roles.TEACHER;
            case SCHOOL_NURSE -> Roles.SCHOOL_NURSE;
            case OTHER_STAFF -> Roles.STAFF;
        };
    }
}

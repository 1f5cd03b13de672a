package vn.lienlac.identity;

/** Role names used in {@code @RolesAllowed}. */
public final class Roles {

    /** Operates the whole platform: directory imports, organisation units, audit. */
    public static final String ADMIN = "admin";
    /**
     * Officer of a department (Sở GDĐT): reads what the officers of every district of the department read, and
     * imports those districts' office staff; sends no directives yet.
     */
    public static final String DEPARTMENT_OFFICER = "department_officer";
    /** Officer of a district office (Phòng GDĐT): their district's schools. */
    public static final String DISTRICT_OFFICER = "district_officer";
    /** Principal (hiệu trưởng): their school. */
    public static final String PRINCIPAL = "principal";
    /** Vice principal (phó hiệu trưởng): their school. */
    public static final String VICE_PRINCIPAL = "vice_principal";
    /** Teacher: their school, the classes they teach; homeroom teachers also their homeroom class. */
    public static final String TEACHER = "teacher";
    /** School nurse: health data of their school. */
    public static final String SCHOOL_NURSE = "school_nurse";
    /** Other school staff: their school's staff spaces only. */
    public static final String STAFF = "staff";
    /** A school portal calling with its API key: publishes (imports, notices) for its one school. */
    public static final String SCHOOL_PORTAL = "school_portal";
    /** Guardian (cha, mẹ, người giám hộ): only their own children and those children's classes. */
    public static final String GUARDIAN = "guardian";

    private Roles() {
    }
}

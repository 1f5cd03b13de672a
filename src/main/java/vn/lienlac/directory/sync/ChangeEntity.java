package vn.lienlac.directory.sync;

/** The kind of directory record a {@link Change} is about. */
public enum ChangeEntity {
    STUDENT,
    GUARDIAN,
    /** A student–guardian relationship (father, mother or guardian). */
    GUARDIAN_LINK,
    /** A student's membership of a class. */
    ENROLLMENT,
    CLASS,
    STAFF,
    /** A staff member being the homeroom teacher (giáo viên chủ nhiệm) of a class. */
    HOMEROOM,
    /** A staff member teaching a subject to a class. */
    TEACHING
}

package vn.lienlac.directory.sync;

/**
 * Types of the domain events written to {@code directory_event} by imports, in the same transaction as the change.
 * Payloads carry ids and codes only (never names or phone numbers), e.g.
 * {@code {"studentId": 12, "studentCode": "HS001", "fromClassId": 3, "toClassId": 4}}.
 */
public enum DirectoryEventType {
    /** A new student joined a class: studentId, studentCode, classId. */
    STUDENT_ENROLLED,
    /** A deactivated student is active again: studentId, studentCode, classId. */
    STUDENT_REACTIVATED,
    /**
     * A student moved here from another school: studentId, studentCode, fromSchoolId, toSchoolId, fromClassId,
     * toClassId.
     */
    STUDENT_TRANSFERRED,
    /** A student changed class within the school: studentId, studentCode, fromClassId, toClassId. */
    STUDENT_MOVED_CLASS,
    /** A student left the school (no longer in a snapshot): studentId, studentCode, classId. */
    STUDENT_DEACTIVATED,
    /** studentId, studentCode, guardianId, relationship. */
    GUARDIAN_LINKED,
    /** studentId, studentCode, guardianId, relationship. */
    GUARDIAN_UNLINKED,
    /** A guardian's phone number changed (the numbers themselves are not in the event): guardianId. */
    GUARDIAN_PHONE_CHANGED,
    /** A guardian has no active child left anywhere: guardianId. */
    GUARDIAN_DEACTIVATED,
    /** guardianId. */
    GUARDIAN_REACTIVATED,
    /** A staff member joined the school (new, or moved from another school): staffId, staffCode, role, fromSchoolId. */
    STAFF_JOINED,
    /**
     * A staff member's role or gender changed: staffId, staffCode, and fromRole, toRole when the role changed,
     * fromGender, toGender (MALE, FEMALE or null) when the gender did.
     */
    STAFF_UPDATED,
    /** staffId, staffCode. */
    STAFF_DEACTIVATED,
    /** staffId, staffCode. */
    STAFF_REACTIVATED,
    /** classId, staffId, staffCode. */
    HOMEROOM_ASSIGNED,
    /** classId, staffId, staffCode. */
    HOMEROOM_UNASSIGNED,
    /** staffId, staffCode, classId, subject. */
    TEACHING_ASSIGNED,
    /** staffId, staffCode, classId, subject. */
    TEACHING_UNASSIGNED,
    /**
     * A class of an earlier school year was closed by a rollover (docs/import.md, "New school year"): classId,
     * schoolYear (the class's), toSchoolYear (the import's).
     */
    CLASS_CLOSED
}

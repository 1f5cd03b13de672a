package vn.lienlac.directives;

import java.util.Arrays;
import java.util.Optional;
import vn.lienlac.directory.model.StaffRole;

/**
 * The groups of a school's staff a principal may address: each position (chức vụ) of the directory, and the homeroom
 * teachers (giáo viên chủ nhiệm: whoever is homeroom teacher of an active class, whatever their position).
 */
public enum StaffGroup {
    VICE_PRINCIPALS(StaffRole.VICE_PRINCIPAL),
    PRINCIPALS(StaffRole.PRINCIPAL),
    TEACHERS(StaffRole.TEACHER),
    SCHOOL_NURSES(StaffRole.SCHOOL_NURSE),
    OTHER_STAFF(StaffRole.OTHER_STAFF),
    HOMEROOM_TEACHERS(null);

    private final StaffRole role;

    StaffGroup(StaffRole role) {
        this.role = role;
    }

    /** The position the group is made of; null for homeroom teachers. */
    public StaffRole role() {
        return role;
    }

    public static Optional<StaffGroup> parse(String name) {
        return Arrays.stream(values()).filter(group -> group.name().equals(name)).findFirst();
    }
}

package vn.lienlac.directives;

import java.util.List;

/**
 * Whom a directive is for, as the sender chose. A district officer: {@code everyone} (the principals of all the
 * district's schools) or {@code schools} (their codes). A principal: any union of {@code everyone} (all the school's
 * staff), {@code groups} ({@link StaffGroup} names) and {@code staff} (staff codes).
 */
public record Audience(Boolean everyone, List<String> schools, List<String> groups, List<String> staff) {

    public Audience {
        schools = schools == null ? List.of() : List.copyOf(schools);
        groups = groups == null ? List.of() : List.copyOf(groups);
        staff = staff == null ? List.of() : List.copyOf(staff);
    }

    public boolean all() {
        return Boolean.TRUE.equals(everyone);
    }
}

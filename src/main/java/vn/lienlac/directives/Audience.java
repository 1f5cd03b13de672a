package vn.lienlac.directives;

import java.util.List;

/**
 * Whom a directive is for, as the sender chose. A department officer: any union of {@code everyone} (the officers of
 * all the department's district offices), {@code districts} (chosen district offices' officers), {@code schools}
 * (chosen schools' principals) and {@code allSchoolsOf} (the principals of every school of chosen districts). A
 * district officer: {@code everyone} (the principals of all the district's schools) or {@code schools} (their codes).
 * A principal: any union of {@code everyone} (all the school's staff), {@code groups} ({@link StaffGroup} names) and
 * {@code staff} (staff codes).
 */
public record Audience(Boolean everyone, List<String> schools, List<String> groups, List<String> staff,
        List<String> districts, List<String> allSchoolsOf) {

    public Audience {
        schools = schools == null ? List.of() : List.copyOf(schools);
        groups = groups == null ? List.of() : List.copyOf(groups);
        staff = staff == null ? List.of() : List.copyOf(staff);
        districts = districts == null ? List.of() : List.copyOf(districts);
        allSchoolsOf = allSchoolsOf == null ? List.of() : List.copyOf(allSchoolsOf);
    }

    public Audience(Boolean everyone, List<String> schools, List<String> groups, List<String> staff) {
        this(everyone, schools, groups, staff, null, null);
    }

    public boolean all() {
        return Boolean.TRUE.equals(everyone);
    }

    /** Names a department's audience only (district offices or their schools). */
    boolean departmentOnly() {
        return !districts.isEmpty() || !allSchoolsOf.isEmpty();
    }
}

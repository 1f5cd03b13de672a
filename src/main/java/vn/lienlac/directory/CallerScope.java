package vn.lienlac.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienlac.directory.model.StaffRole;

/**
 * What the directory says a signed-in person is, right now: only active people and active links count, so an
 * import that deactivates someone takes their reach away at once.
 *
 * @param phone           the E.164 number the caller signed in with, or null
 * @param districts       codes of the district offices the caller reaches as an officer: where they are an active
 *                        district officer, and every district of the department where they are an active department
 *                        officer (a department officer reads what the officers of all its districts read; they send
 *                        no directives yet)
 * @param schools         per school code, the caller's active positions there (principal, teacher, nurse, ...)
 * @param taughtClasses   ids of the active classes the caller teaches (active teaching assignments)
 * @param homeroomClasses ids of the active classes the caller is homeroom teacher of
 * @param guardian        the caller is an active guardian (with or without children)
 * @param children        the active children the caller is an active guardian of, through active links
 * @param departmentDistricts codes of the districts reached through a department (a subset of {@code districts}):
 *                        their office staff are the caller's to import, as the office above them
 */
public record CallerScope(String phone, Set<String> districts, Map<String, Set<StaffRole>> schools,
        Set<Long> taughtClasses, Set<Long> homeroomClasses, boolean guardian, List<StudentPlace> children,
        Set<String> departmentDistricts) {

    /** A person the directory does not know (or no longer knows): they reach nothing. */
    public static final CallerScope NOBODY = new CallerScope(null, Set.of(), Map.of(), Set.of(), Set.of(), false,
            List.of());

    /** Someone who reaches no district through a department. */
    public CallerScope(String phone, Set<String> districts, Map<String, Set<StaffRole>> schools,
            Set<Long> taughtClasses, Set<Long> homeroomClasses, boolean guardian, List<StudentPlace> children) {
        this(phone, districts, schools, taughtClasses, homeroomClasses, guardian, children, Set.of());
    }

    public CallerScope {
        districts = Set.copyOf(districts);
        schools = schools.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        taughtClasses = Set.copyOf(taughtClasses);
        homeroomClasses = Set.copyOf(homeroomClasses);
        children = List.copyOf(children);
        departmentDistricts = Set.copyOf(departmentDistricts);
    }

    /** The caller's positions in this school; empty when they work elsewhere or not at all. */
    public Set<StaffRole> positionsIn(String schoolCode) {
        return schools.getOrDefault(schoolCode, Set.of());
    }

    /** Classes taught and homeroom classes together. */
    public Set<Long> classes() {
        Set<Long> all = new HashSet<>(taughtClasses);
        all.addAll(homeroomClasses);
        return Set.copyOf(all);
    }

    @Override
    public String toString() {
        return "CallerScope[districts=" + districts + ", schools=" + schools.keySet() + ", classes="
                + classes().size() + ", children=" + children.size() + "]";
    }
}

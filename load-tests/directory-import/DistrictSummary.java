import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The figures that show the generated district has the intended shape; guardians are counted by phone. */
record DistrictSummary(int schools, int classes, int students, int staff, int guardianLinks, int guardians,
                       int guardiansInTwoOrMoreSchools, int studentsSharingAGuardian,
                       Map<String, Integer> phonesByPrefixFamily) {

    static DistrictSummary of(District district) {
        Map<String, Set<String>> schoolsByGuardian = new HashMap<>();
        Map<String, Integer> childrenByGuardian = new HashMap<>();
        Map<String, Integer> prefixes = new TreeMap<>();
        int links = 0;
        int classes = 0;
        for (District.School school : district.schools()) {
            classes += school.classNames().size();
            for (District.Student student : school.students()) {
                for (District.Guardian g : student.guardians()) {
                    links++;
                    schoolsByGuardian.computeIfAbsent(g.phone(), p -> new HashSet<>()).add(school.code());
                    childrenByGuardian.merge(g.phone(), 1, Integer::sum);
                }
            }
            for (District.StaffMember m : school.staff()) {
                if (m.phone() != null) {
                    prefixes.merge(m.phone().substring(0, 2) + "x", 1, Integer::sum);
                }
            }
        }
        schoolsByGuardian.keySet().forEach(p -> prefixes.merge(p.substring(0, 2) + "x", 1, Integer::sum));
        int multiSchool = (int) schoolsByGuardian.values().stream().filter(s -> s.size() > 1).count();
        int sharing = 0;
        for (District.School school : district.schools()) {
            for (District.Student student : school.students()) {
                if (student.guardians().stream().anyMatch(g -> childrenByGuardian.get(g.phone()) > 1)) {
                    sharing++;
                }
            }
        }
        return new DistrictSummary(district.schools().size(), classes, district.students(), district.staff(),
                links, schoolsByGuardian.size(), multiSchool, sharing, prefixes);
    }

    String describe() {
        return String.format(
                "%,d schools, %,d classes, %,d students, %,d staff%n"
                        + "%,d guardian links (%.2f per student), %,d distinct guardians, %,d of them with children "
                        + "in two or more schools; %,d students share a guardian with a sibling%n"
                        + "phone numbers by prefix: %s",
                schools, classes, students, staff, guardianLinks,
                students == 0 ? 0.0 : guardianLinks / (double) students, guardians, guardiansInTwoOrMoreSchools, studentsSharingAGuardian, phonesByPrefixFamily);
    }
}

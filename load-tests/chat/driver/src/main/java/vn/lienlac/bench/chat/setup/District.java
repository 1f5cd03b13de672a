package vn.lienlac.bench.chat.setup;

import java.util.List;

/**
 * The district the benchmark imports: "pair" schools whose classes of 40 students have both parents (the
 * people of the idle, direct and reconnect scenarios) and "group" schools whose classes are sized so that each
 * class group has 40 members (the group scenario).
 */
public record District(String departmentCode, String code, List<School> schools) {

    /** One school and its two import files' rows. */
    public record School(String code, String name, boolean forGroups, List<Student> students, List<Staff> staff) {
    }

    /** A student row; {@code father} may be null. */
    public record Student(String code, String fullName, String dateOfBirth, boolean female, String className,
                          Guardian father, Guardian mother) {
    }

    /** A parent: phone in the national format ({@code 0901234567}). */
    public record Guardian(String fullName, String phone) {
    }

    /** A staff row; {@code homeroomClass} may be empty, {@code classes} is the classes taught. */
    public record Staff(String code, String fullName, String position, String phone, String homeroomClass,
                        String subject, List<String> classes) {
    }

    public int students() {
        return schools.stream().mapToInt(s -> s.students().size()).sum();
    }

    public int guardians() {
        return schools.stream().flatMap(s -> s.students().stream())
                .mapToInt(s -> (s.father() == null ? 0 : 1) + (s.mother() == null ? 0 : 1)).sum();
    }

    public int staff() {
        return schools.stream().mapToInt(s -> s.staff().size()).sum();
    }
}

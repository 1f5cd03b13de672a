import java.time.LocalDate;
import java.util.List;

/**
 * A generated district office as the education sector database would export it: its schools, their
 * classes, students with their guardians, and staff. Plain data; {@link DistrictGenerator} builds it.
 */
record District(String departmentCode, String departmentName, String code, String name, List<School> schools) {

    int students() {
        return schools.stream().mapToInt(s -> s.students().size()).sum();
    }

    int staff() {
        return schools.stream().mapToInt(s -> s.staff().size()).sum();
    }

    /** A lower secondary school (THCS) with its classes for the school year. */
    record School(String code, String name, List<String> classNames, List<Student> students, List<StaffMember> staff) {
    }

    /** One student row; the guardians are shared objects when siblings share parents. */
    record Student(String code, String fullName, LocalDate dateOfBirth, boolean female, String className,
                   Guardian father, Guardian mother, Guardian guardian) {

        List<Guardian> guardians() {
            return java.util.stream.Stream.of(father, mother, guardian).filter(g -> g != null).toList();
        }
    }

    /** A parent or other guardian, identified (as the server does) by the mobile phone. */
    record Guardian(String fullName, String phone) {
    }

    /** One staff row; {@code homeroomClass} may be null, the lists may be empty. */
    record StaffMember(String code, String fullName, LocalDate dateOfBirth, String position, String phone,
                       String email, String homeroomClass, List<String> subjects, List<String> classes) {
    }
}

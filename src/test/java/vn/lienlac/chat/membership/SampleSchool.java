package vn.lienlac.chat.membership;

import static vn.lienlac.chat.membership.ChatDirectory.staff;
import static vn.lienlac.chat.membership.ChatDirectory.student;

import java.util.List;
import java.util.Map;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;

/**
 * A school imported through the REST API, with unique codes and numbers:
 *
 * <pre>
 * staff:    principal, vicePrincipal, homeroom (homeroom teacher of 6A1), maths (teaches 6A1 and 6A2),
 *           teacher6A2 (teaches 6A2)
 * students: S1 in 6A1 (father1, mother1), S2 in 6A1 (mother1), S3 in 6A2 (mother3), S4 in 6A1 (father4)
 * </pre>
 *
 * Fields hold staff codes and E.164 numbers; {@link ChatDirectory} turns them into participants.
 */
public final class SampleSchool {

    public final String code;
    public final String principal = PeopleFixtures.code("CB");
    public final String vicePrincipal = PeopleFixtures.code("CB");
    public final String homeroom = PeopleFixtures.code("CB");
    public final String maths = PeopleFixtures.code("CB");
    public final String teacher6A2 = PeopleFixtures.code("CB");
    public final String s1 = PeopleFixtures.code("HS");
    public final String s2 = PeopleFixtures.code("HS");
    public final String s3 = PeopleFixtures.code("HS");
    public final String s4 = PeopleFixtures.code("HS");
    public final String father1 = PeopleFixtures.phone();
    public final String mother1 = PeopleFixtures.phone();
    public final String mother3 = PeopleFixtures.phone();
    public final String father4 = PeopleFixtures.phone();
    /** Staff phone numbers, by staff code. */
    public final Map<String, String> staffPhones = Map.of(principal, PeopleFixtures.phone(),
            vicePrincipal, PeopleFixtures.phone(), homeroom, PeopleFixtures.phone(), maths, PeopleFixtures.phone(),
            teacher6A2, PeopleFixtures.phone());

    private SampleSchool(String code) {
        this.code = code;
    }

    /** A new school, its staff imported first, then its students (two imports, both snapshots). */
    public static SampleSchool create(TestSchools schools, ChatDirectory directory) {
        SampleSchool school = new SampleSchool(schools.newSchool());
        directory.importStaff(school.code, "snapshot", school.staffRows(List.of("6A1", "6A2")));
        directory.importStudents(school.code, "snapshot", school.studentRows());
        return school;
    }

    /** The staff as first imported, the maths teacher teaching {@code mathsClasses}. */
    public List<Map<String, Object>> staffRows(List<String> mathsClasses) {
        return List.of(
                staff(principal, "Hiệu trưởng", staffPhones.get(principal), null, List.of()),
                staff(vicePrincipal, "Phó hiệu trưởng", staffPhones.get(vicePrincipal), null, List.of()),
                staff(homeroom, "Giáo viên", staffPhones.get(homeroom), "6A1", List.of()),
                staff(maths, "Giáo viên", staffPhones.get(maths), null, mathsClasses),
                staff(teacher6A2, "Giáo viên", staffPhones.get(teacher6A2), null, List.of("6A2")));
    }

    public List<Map<String, Object>> studentRows() {
        return List.of(student(s1, "6A1", father1, mother1), student(s2, "6A1", null, mother1),
                student(s3, "6A2", null, mother3), student(s4, "6A1", father4, null));
    }
}

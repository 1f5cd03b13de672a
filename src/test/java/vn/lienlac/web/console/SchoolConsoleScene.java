package vn.lienlac.web.console;

import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;

/**
 * A school for the principal's console journeys, new for each call (tests share one database). Blocking: call from
 * tests.
 *
 * <pre>
 * school (THCS) "Trường thử nghiệm TRG-…", current school year:
 *   principal Đỗ Thị Hương (signs in by phone; teaches no class), teacher Phạm Minh Đức
 *   6A1 (homeroom: Phạm Minh Đức) with Nguyễn Văn An; 6A2 without homeroom teacher, no students
 * </pre>
 */
@ApplicationScoped
public class SchoolConsoleScene {

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final Clock clock;

    public SchoolConsoleScene(TestSchools schools, PeopleFixtures people, Clock clock) {
        this.schools = schools;
        this.people = people;
        this.clock = clock;
    }

    public record Scene(String school, String schoolName, String principalPhone, long principalId,
            String teacherPhone, String an, long classA1) {
    }

    public Scene create() {
        String school = schools.newSchool();
        String principalPhone = phone();
        long principal = people.staff(school, code("HT"), "Đỗ Thị Hương", "PRINCIPAL", principalPhone, true);
        String teacherPhone = phone();
        long teacher = people.staff(school, code("GV"), "Phạm Minh Đức", "TEACHER", teacherPhone, true);
        String year = SchoolYears.current(clock);
        long a1 = people.schoolClass(school, year, "6A1", teacher);
        people.schoolClass(school, year, "6A2", null);
        people.teach(teacher, a1, "Toán");
        String an = people.enrolledStudent(school, a1, "Nguyễn Văn An");
        return new Scene(school, "Trường thử nghiệm " + school, principalPhone, principal, teacherPhone, an, a1);
    }
}

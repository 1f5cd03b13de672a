package vn.lienlac.web.teacher;

import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;

/**
 * A class for the teacher's journeys, new for each call (tests share one database). Blocking: call from tests.
 *
 * <pre>
 * school (THCS), current school year: 6A1, homeroom teacher Phạm Thị Hoa, who also teaches Toán there
 *   An "Nguyễn Văn An" (mother Lê Thị Mai), Bình "Trần Thị Bình" (father Trần Văn Ba),
 *   Chi "Đặng Thu Chi", Dũng "Hồ Minh Dũng" (no guardian)
 * </pre>
 */
@ApplicationScoped
public class TeacherScene {

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final Clock clock;

    public TeacherScene(TestSchools schools, PeopleFixtures people, Clock clock) {
        this.schools = schools;
        this.people = people;
        this.clock = clock;
    }

    public record Scene(String school, long classId, String teacherPhone, String an, String binh, String chi,
            String dung, String anMotherPhone) {
    }

    public Scene create() {
        return create(code("GV"));
    }

    /** The scene with the teacher's staff code given (a sector SSO user's, say). */
    public Scene create(String teacherStaffCode) {
        String school = schools.newSchool();
        String teacherPhone = phone();
        long teacher = people.staff(school, teacherStaffCode, "Phạm Thị Hoa", "TEACHER", teacherPhone, true);
        long classId = people.schoolClass(school, SchoolYears.current(clock), "6A1", teacher);
        people.teach(teacher, classId, "Toán");
        String an = people.enrolledStudent(school, classId, "Nguyễn Văn An");
        String binh = people.enrolledStudent(school, classId, "Trần Thị Bình");
        String chi = people.enrolledStudent(school, classId, "Đặng Thu Chi");
        String dung = people.enrolledStudent(school, classId, "Hồ Minh Dũng");
        String motherPhone = phone();
        people.link(id(an), people.guardian(motherPhone, "Lê Thị Mai"), "MOTHER", true);
        people.link(id(binh), people.guardian(phone(), "Trần Văn Ba"), "FATHER", true);
        return new Scene(school, classId, teacherPhone, an, binh, chi, dung, motherPhone);
    }

    private long id(String studentCode) {
        return schools.count("SELECT id FROM student WHERE student_code = $1", studentCode);
    }
}

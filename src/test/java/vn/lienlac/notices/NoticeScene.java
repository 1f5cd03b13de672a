package vn.lienlac.notices;

import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.apikey.SchoolApiKeys;
import vn.lienlac.identity.session.TestSessions;

/**
 * A school to publish notices in, new for each call (tests share one database). Blocking: call from test methods.
 *
 * <pre>
 * school (THCS), current school year: 6A1 (homeroom: homeroom teacher), 7A1
 *   An   "Nguyễn Văn An"  in 6A1, father and mother
 *   Bình "Trần Thị Bình"  in 6A1, mother only
 *   Cường "Lê Quốc Cường" in 7A1, no guardian
 *   maths teacher: teaches Toán in 6A1;  nurse;  principal;  the school's portal (API key)
 * another school with its own portal key
 * </pre>
 */
@ApplicationScoped
public class NoticeScene {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final TestSessions sessions;
    private final SchoolApiKeys keys;
    private final Clock clock;

    public NoticeScene(TestSchools schools, PeopleFixtures people, TestSessions sessions, SchoolApiKeys keys,
            Clock clock) {
        this.schools = schools;
        this.people = people;
        this.sessions = sessions;
        this.keys = keys;
        this.clock = clock;
    }

    /** A guardian: their id, chat participant, phone and access token. */
    public record Guardian(long id, String participant, String phone, String token) {
    }

    /** The world of one test. Codes are the sector codes; tokens are bearer tokens. */
    public record Scene(String school, String otherSchool, long class6, long class7, String an, String binh,
            String cuong, Guardian father, Guardian mother, Guardian binhsMother, String portal, String otherPortal,
            String mathsTeacher, String homeroomTeacher, String nurse, String principal) {
    }

    public Scene create() {
        String year = SchoolYears.current(clock);
        String school = schools.newSchool();
        String other = schools.newSchool();
        String homeroomPhone = phone();
        long homeroom = people.staff(school, code("GV"), "Phạm Thị Hoa", "TEACHER", homeroomPhone, true);
        long class6 = people.schoolClass(school, year, "6A1", homeroom);
        long class7 = people.schoolClass(school, year, "7A1", null);
        String mathsPhone = phone();
        long maths = people.staff(school, code("GV"), "Đỗ Văn Toàn", "TEACHER", mathsPhone, true);
        people.teach(maths, class6, "Toán");
        String nursePhone = phone();
        people.staff(school, code("YT"), "Vũ Thị Lan", "SCHOOL_NURSE", nursePhone, true);
        String principalPhone = phone();
        people.staff(school, code("HT"), "Ngô Văn Minh", "PRINCIPAL", principalPhone, true);

        String an = people.enrolledStudent(school, class6, "Nguyễn Văn An");
        String binh = people.enrolledStudent(school, class6, "Trần Thị Bình");
        String cuong = people.enrolledStudent(school, class7, "Lê Quốc Cường");
        Guardian father = guardian("Nguyễn Văn Hùng");
        Guardian mother = guardian("Lê Thị Mai");
        Guardian binhsMother = guardian("Hoàng Thị Thu");
        people.link(id(an), father.id(), "FATHER", true);
        people.link(id(an), mother.id(), "MOTHER", true);
        people.link(id(binh), binhsMother.id(), "MOTHER", true);

        return new Scene(school, other, class6, class7, an, binh, cuong, father, mother, binhsMother,
                portal(school), portal(other), staffToken(mathsPhone), staffToken(homeroomPhone),
                staffToken(nursePhone), staffToken(principalPhone));
    }

    /**
     * A school of another level (TIEU_HOC, MAM_NON…): one class with its homeroom teacher Đinh Thị Ngọc, one child and
     * the child's mother Trần Thị Hạnh. Codes and bearer tokens: the school's portal key, the teacher's and the
     * mother's access tokens.
     */
    public record Family(String school, long classId, String portal, String homeroom, String student,
            String guardian) {
    }

    public Family family(String level, String className, String childName) {
        String school = schools.newSchool(schools.newDistrict(), level);
        String teacherPhone = phone();
        long teacher = people.staff(school, code("GV"), "Đinh Thị Ngọc", "TEACHER", teacherPhone, true);
        long classId = people.schoolClass(school, SchoolYears.current(clock), className, teacher);
        String student = people.enrolledStudent(school, classId, childName);
        String guardianPhone = phone();
        people.link(id(student), people.guardian(guardianPhone, "Trần Thị Hạnh"), "MOTHER", true);
        return new Family(school, classId, portal(school), staffToken(teacherPhone), student,
                sessions.open(guardianPhone, null, Set.of(Roles.GUARDIAN)).accessToken());
    }

    /** A new guardian of the student with this code (e.g. a step-parent added later). */
    public Guardian addGuardian(String studentCode, String name, String relationship) {
        Guardian guardian = guardian(name);
        people.link(id(studentCode), guardian.id(), relationship, true);
        return guardian;
    }

    private long id(String studentCode) {
        return schools.count("SELECT id FROM student WHERE student_code = $1", studentCode);
    }

    private Guardian guardian(String name) {
        String phone = phone();
        long id = people.guardian(phone, name);
        return new Guardian(id, "g:" + id, phone, sessions.open(phone, null, Set.of(Roles.GUARDIAN)).accessToken());
    }

    private String staffToken(String phone) {
        return sessions.open(phone, null, Set.of(Roles.TEACHER)).accessToken();
    }

    private String portal(String school) {
        return keys.create(school, "Phần mềm quản lý trường", "admin").await().atMost(TIMEOUT).key();
    }
}

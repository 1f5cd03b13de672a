package vn.lienlac.web.console;

import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.session.TestSessions;

/**
 * The console's people, new for each call (tests share one database). Blocking: call from tests.
 *
 * <pre>
 * department DEP: district D1 (officer "Nguyễn Văn Phòng"), district D2
 *   D1: school A (principal "Lê Thị Hiệu Trưởng", teachers "Ngô Thị Chủ Nhiệm" ✔ homeroom of 6A1 and
 *       "Bùi Văn Toán"; 6A1: An (mother ✔), Bình (father); 6A2: Chi (mother)), school B (principal "Phạm Văn Bình")
 *   D2: school X (principal "Vũ Văn Xuân"; 6A1: Dũng (mother ✔))
 * department officer "Đinh Thị Sở"
 * </pre>
 * ✔: has signed in (activated). Everyone above has a phone, to sign in in the browser.
 */
@ApplicationScoped
public class ConsoleScene {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final PeopleLookup lookup;
    private final TestSessions sessions;
    private final Pool pool;
    private final Clock clock;

    public ConsoleScene(TestSchools schools, PeopleFixtures people, PeopleLookup lookup, TestSessions sessions,
            Pool pool, Clock clock) {
        this.schools = schools;
        this.people = people;
        this.lookup = lookup;
        this.sessions = sessions;
        this.pool = pool;
        this.clock = clock;
    }

    /** Codes and phones (E.164) of one scene. Schools A and B are named so that A sorts first. */
    public record Scene(String department, String d1, String d2, String a, String b, String x, String officerPhone,
            String departmentOfficerPhone, String principalAPhone, String principalBPhone, long class6a1,
            String schoolAName, String schoolBName) {
    }

    public Scene create() {
        String year = SchoolYears.current(clock);
        String d1 = schools.newDistrict();
        String department = schools.departmentOf(d1);
        String d2 = schools.newDistrictIn(department);
        List<String> ab = Stream.generate(() -> schools.newSchool(d1, "THCS")).limit(2).sorted().toList();
        String a = ab.get(0);
        String b = ab.get(1);
        String x = schools.newSchool(d2, "TIEU_HOC");

        String officerPhone = office("DISTRICT_OFFICER", "district_office_id", "district_office", d1,
                "Nguyễn Văn Phòng");
        String departmentOfficerPhone = office("DEPARTMENT_OFFICER", "department_id", "department", department,
                "Đinh Thị Sở");

        String principalA = phone();
        people.staff(a, code("CB"), "Lê Thị Hiệu Trưởng", "PRINCIPAL", principalA, true);
        String homeroomPhone = phone();
        long homeroom = people.staff(a, code("CB"), "Ngô Thị Chủ Nhiệm", "TEACHER", homeroomPhone, true);
        signIn(homeroomPhone);
        people.staff(a, code("CB"), "Bùi Văn Toán", "TEACHER", phone(), true);
        long c6a1 = people.schoolClass(a, year, "6A1", homeroom);
        long c6a2 = people.schoolClass(a, year, "6A2", null);
        family(a, c6a1, "Nguyễn Văn An", "Lê Thị Mai", "MOTHER", true);
        family(a, c6a1, "Trần Thị Bình", "Trần Văn Ba", "FATHER", false);
        family(a, c6a2, "Đặng Thu Chi", "Đặng Thị Lan", "MOTHER", false);

        String principalB = phone();
        people.staff(b, code("CB"), "Phạm Văn Bình", "PRINCIPAL", principalB, true);
        people.staff(x, code("CB"), "Vũ Văn Xuân", "PRINCIPAL", phone(), true);
        long cx = people.schoolClass(x, year, "1A1", null);
        family(x, cx, "Hồ Minh Dũng", "Hồ Thị Hạnh", "MOTHER", true);

        return new Scene(department, d1, d2, a, b, x, officerPhone, departmentOfficerPhone, principalA, principalB,
                c6a1, "Trường thử nghiệm " + a, "Trường thử nghiệm " + b);
    }

    private void family(String school, long classId, String child, String guardian, String relationship,
            boolean activated) {
        String studentCode = people.enrolledStudent(school, classId, child);
        long studentId = schools.count("SELECT id FROM student WHERE student_code = $1", studentCode);
        String phone = phone();
        people.link(studentId, people.guardian(phone, guardian), relationship, true);
        if (activated) {
            signIn(phone);
        }
    }

    /** A new officer of this district office (e.g. D2, which has none in the scene), with a phone; returns it. */
    public String districtOfficer(String district, String name) {
        return office("DISTRICT_OFFICER", "district_office_id", "district_office", district, name);
    }

    /** An officer of a district office or a department, with a phone; returns the phone. */
    private String office(String role, String column, String table, String unitCode, String name) {
        String phone = phone();
        pool.preparedQuery("INSERT INTO staff (staff_code, " + column + ", school_id, full_name, name_search, role, "
                        + "phone, active) SELECT $1, id, NULL, $2, lower($2), $3, $4, true FROM " + table
                        + " WHERE code = $5")
                .execute(Tuple.of(code("CV"), name, role, phone, unitCode))
                .await().atMost(TIMEOUT);
        return phone;
    }

    /** Signs the person with this number in, as a correct one-time code would (activates them). */
    private void signIn(String phone) {
        sessions.signIn(lookup.byPhone(phone).await().atMost(TIMEOUT));
    }
}

package vn.lienlac.adoption;

import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;

/**
 * A district whose activations are known, for exact figures (docs/adoption.md has the rules). People who can sign
 * in are activated through the real sign-in ({@link TestSessions#signIn}); people who cannot (inactive ones) get an
 * activated account row directly, to prove that they are left out. Blocking on purpose: call it from test methods.
 *
 * <pre>
 * district D: school A, school B            district E: school C (one activated guardian, one activated teacher)
 * A staff: principal ✔ (by phone), vice principal, teacher T1 ✔ (by staff code, no phone), teacher T2,
 *          other staff, teacher T3 ✔ but inactive
 * A classes of this school year: 6A1 (homeroom T1; T2 teaches maths), 6A2 (no homeroom); 5A1 of 2019-2020
 * A 6A1: s1 (mother M1 ✔, father F1 with an account never signed in; an ended link to X ✔),
 *        s2 and s3 (siblings, mother M2; s2 also inactive guardian Y ✔), s4 (no guardian)
 * A 6A2: s5..s20, each with their own guardian G5..G20; G5 ✔
 * A without class: s21 (mother M1 ✔);  inactive student s22 (guardian Z ✔)
 * B staff: principal, teacher ✔;  B students: b1 (M1 ✔, counted once in the district), b2 (guardian H)
 * district officers of D and E (no school)
 * </pre>
 *
 * Symbols {@code token.X} hold access tokens that name person X without activating them (except T1's, whose
 * sign-in is their activation).
 */
@ApplicationScoped
public class AdoptionFixture {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final PeopleLookup lookup;
    private final TestSessions sessions;
    private final Pool pool;
    private final Clock clock;

    public AdoptionFixture(TestSchools schools, PeopleFixtures people, PeopleLookup lookup, TestSessions sessions,
            Pool pool, Clock clock) {
        this.schools = schools;
        this.people = people;
        this.lookup = lookup;
        this.sessions = sessions;
        this.pool = pool;
        this.clock = clock;
    }

    /** The codes, phones and ids of one built district. */
    public record World(Map<String, String> symbols) {

        public String get(String name) {
            String value = symbols.get(name);
            if (value == null) {
                throw new IllegalArgumentException("No fixture symbol " + name);
            }
            return value;
        }
    }

    public World build() {
        Map<String, String> s = new HashMap<>();
        String year = SchoolYears.current(clock);
        String d = schools.newDistrict();
        String e = schools.newDistrict();
        String a = schools.newSchool(d, "THCS");
        String b = schools.newSchool(d, "TIEU_HOC");
        String c = schools.newSchool(e, "THCS");
        s.putAll(Map.of("D", d, "E", e, "A", a, "B", b, "C", c));

        s.put("principalA", staffByPhone(a, "Nguyễn Văn Hiệu Trưởng", "PRINCIPAL", true));
        s.put("vpA", staffByPhone(a, "Trần Thị Phó", "VICE_PRINCIPAL", false));
        String t1 = code("GV");
        long t1Id = people.staff(a, t1, "Lê Thị Một", "TEACHER", null, true);
        s.put("token.t1A", sessions.signIn(lookup.byStaffCode(t1).await().atMost(TIMEOUT)).accessToken());
        String t2Phone = phone();
        String t2 = code("GV");
        long t2Id = people.staff(a, t2, "Phạm Văn Hai", "TEACHER", t2Phone, true);
        s.put("t2A", t2);
        s.put("t2A.phone", t2Phone);
        s.put("token.t2A", token(null, t2, Roles.TEACHER));
        s.put("staffA", staffByPhone(a, "Đỗ Thị Văn Thư", "OTHER_STAFF", false));
        String t3 = code("GV");
        people.staff(a, t3, "Hoàng Văn Ba", "TEACHER", phone(), false);
        activatedAccount(null, t3);

        long c6a1 = people.schoolClass(a, year, "6A1", t1Id);
        long c6a2 = people.schoolClass(a, year, "6A2", null);
        people.schoolClass(a, "2019-2020", "5A1", t2Id);
        people.teach(t2Id, c6a1, "Toán");
        s.put("6A1", String.valueOf(c6a1));
        s.put("6A2", String.valueOf(c6a2));

        long s1 = student(a, c6a1, "Nguyễn Văn Sáu");
        String m1 = phone();
        long m1Id = people.guardian(m1, "Nguyễn Thị Mẹ Một");
        s.put("M1", m1);
        people.link(s1, m1Id, "MOTHER", true);
        String f1 = phone();
        s.put("F1", f1);
        people.link(s1, people.guardian(f1, "Nguyễn Văn Bố Một"), "FATHER", true);
        account(f1);
        String x = phone();
        people.link(s1, people.guardian(x, "Trần Văn Cũ"), "GUARDIAN", false);
        signIn(x);
        long s2 = student(a, c6a1, "Lý Thị Hai");
        long s3 = student(a, c6a1, "Lý Văn Ba");
        s.put("s2", studentCode(s2));
        String m2 = phone();
        s.put("M2", m2);
        long m2Id = people.guardian(m2, "Lý Thị Mẹ Hai");
        people.link(s2, m2Id, "MOTHER", true);
        people.link(s3, m2Id, "MOTHER", true);
        String y = phone();
        long yId = people.guardian(y, "Lý Văn Nghỉ");
        people.link(s2, yId, "FATHER", true);
        execute("UPDATE guardian SET active = false WHERE id = $1", yId);
        activatedAccount(y, null);
        student(a, c6a1, "Mai Thị Bốn");

        for (int i = 5; i <= 20; i++) {
            long student = student(a, c6a2, "Học Sinh Số " + i);
            String g = phone();
            people.link(student, people.guardian(g, "Phụ Huynh Số " + i), "FATHER", true);
            if (i == 5) {
                signIn(g);
            }
            s.put("G" + i, g);
        }
        long s21 = people.student(a, code("HS"), "Chưa Xếp Lớp", true);
        people.link(s21, m1Id, "MOTHER", true);
        long s22 = people.student(a, code("HS"), "Đã Chuyển Trường", false);
        String z = phone();
        people.link(s22, people.guardian(z, "Phụ Huynh Đã Chuyển"), "MOTHER", true);
        activatedAccount(z, null);
        signIn(m1);

        s.put("principalB", staffByPhone(b, "Vũ Văn Hiệu Trưởng Bê", "PRINCIPAL", false));
        s.put("token.principalB", token(null, s.get("principalB"), Roles.PRINCIPAL));
        s.put("token.principalA", token(null, s.get("principalA"), Roles.PRINCIPAL));
        s.put("token.vpA", token(null, s.get("vpA"), Roles.VICE_PRINCIPAL));
        s.put("token.M2", token(m2, null, Roles.GUARDIAN));
        s.put("token.officerD", token(null, officer(d), Roles.DISTRICT_OFFICER));
        s.put("token.officerE", token(null, officer(e), Roles.DISTRICT_OFFICER));
        staffByPhone(b, "Vũ Thị Giáo Viên Bê", "TEACHER", true);
        long b1 = people.student(b, code("HS"), "Học Sinh Bê Một", true);
        people.link(b1, m1Id, "MOTHER", true);
        long b2 = people.student(b, code("HS"), "Học Sinh Bê Hai", true);
        people.link(b2, people.guardian(phone(), "Phụ Huynh Bê Hai"), "FATHER", true);

        staffByPhone(c, "Giáo Viên Xê", "TEACHER", true);
        long c1 = people.student(c, code("HS"), "Học Sinh Xê", true);
        String gc = phone();
        people.link(c1, people.guardian(gc, "Phụ Huynh Xê"), "MOTHER", true);
        signIn(gc);
        return new World(s);
    }

    /**
     * An access token naming this person, in a session of an account that is not theirs, so that it does not
     * activate them (as {@link TestSessions#open} does for the authorization matrix).
     */
    private String token(String phone, String staffCode, String role) {
        return sessions.open(phone, staffCode, Set.of(role)).accessToken();
    }

    /** A district officer (no school, so in no school's figures); returns the staff code. */
    private String officer(String district) {
        String staffCode = code("CV");
        execute("""
                INSERT INTO staff (staff_code, district_office_id, full_name, name_search, role)
                SELECT $1, id, 'Chuyên Viên Phòng', 'chuyen vien phong', 'DISTRICT_OFFICER'
                FROM district_office WHERE code = $2""", staffCode, district);
        return staffCode;
    }

    /** A member of staff with a phone, signed in (activated) or not; returns the staff code. */
    private String staffByPhone(String school, String name, String role, boolean activated) {
        String staffCode = code("CB");
        String phone = phone();
        people.staff(school, staffCode, name, role, phone, true);
        if (activated) {
            signIn(phone);
        }
        return staffCode;
    }

    private long student(String school, long classId, String name) {
        long id = people.student(school, code("HS"), name, true);
        people.enroll(id, classId);
        return id;
    }

    private String studentCode(long id) {
        return pool.preparedQuery("SELECT student_code FROM student WHERE id = $1").execute(Tuple.of(id))
                .await().atMost(TIMEOUT).iterator().next().getString(0);
    }

    /** Signs the person with this number in, as a correct one-time code would. */
    private void signIn(String phone) {
        sessions.signIn(lookup.byPhone(phone).await().atMost(TIMEOUT));
    }

    /** An account that exists but never signed in. */
    private void account(String phone) {
        execute("INSERT INTO account (id, phone, created_at) VALUES ($1, $2, $3)", UUID.randomUUID(), phone,
                OffsetDateTime.now(clock));
    }

    /** An activated account for someone the directory no longer lets sign in. */
    private void activatedAccount(String phone, String staffCode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        execute("""
                INSERT INTO account (id, phone, staff_code, created_at, first_sign_in_at, last_active_at)
                VALUES ($1, $2, $3, $4, $4, $4)""", UUID.randomUUID(), phone, staffCode, now);
    }

    private void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
    }
}

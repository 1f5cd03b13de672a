package vn.lienlac.identity;

import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.session.TestSessions;

/**
 * The world the authorization matrix runs in, built once per JVM with unique codes:
 *
 * <pre>
 * district D1: school A (classes 6A1, 7A1), school B        district D2: school C (class 6C1)
 *   A: principal, vice principal, nurse, other staff, teacher T6 (homeroom of 6A1, no subject),
 *      teacher T7 (teaches maths in 7A1), teacher T0 (no classes)
 *   students: S6A1 and S6A1B in 6A1, S7A1 in 7A1, SC in 6C1 (school C)
 *   guardians: G1 → S6A1;  G2 → S7A1 (school A) and SC (school C)
 *   district officers of D1 and of D2 (no school)
 *   imports: IMP_A (school A), IMP_C (school C)
 *   chat: GROUP, a custom group of T6 (owner) and G1; P_t6A1, P_G1, P_doD1, … are chat participants
 *   directives: DIR, from the D1 officer to every principal of D1 (A's: B has none), asking a report;
 *               FWD, DIR forwarded by A's principal to A's teachers (T6, T7, T0)
 *   notices: PHOTO_6A1, a photo A's principal posted to 6A1 with an activity
 * </pre>
 *
 * Symbols such as {@code {A}} or {@code {S7A1}} in matrix paths resolve to these codes; guardians resolve to the
 * local form of their number ({@code 09xxxxxxxx}), and {@code {G1P}}, {@code {G2P}} to their chat participants.
 * Callers are named by the matrix's column headers.
 */
final class AccessFixture {

    static final String ADMIN_TOKEN = "test-admin-token";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern SYMBOL = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static AccessFixture instance;

    private final Map<String, String> symbols = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    /** The one fixture of this JVM, built on first use (test classes share the database and may share this). */
    static synchronized AccessFixture get(TestSchools schools, PeopleFixtures people, Pool pool, TestSessions issuer,
            Clock clock) {
        if (instance == null) {
            instance = new AccessFixture();
            instance.build(schools, people, pool, issuer, SchoolYears.current(clock));
        }
        return instance;
    }

    /** The code (or phone, or id) a symbol stands for. */
    String symbol(String name) {
        String value = symbols.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No fixture symbol " + name);
        }
        return value;
    }

    /** A path with every {@code {SYMBOL}} replaced; {@code {NEW}} becomes a fresh code each time. */
    String resolve(String path) {
        Matcher m = SYMBOL.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(1).equals("NEW") ? code("NEW") : symbol(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** The bearer token of a caller; null for {@code anon}. */
    String token(String caller) {
        if (caller.equals("anon")) {
            return null;
        }
        if (caller.equals("admin")) {
            return ADMIN_TOKEN;
        }
        String token = tokens.get(caller);
        if (token == null) {
            throw new IllegalArgumentException("No fixture caller " + caller);
        }
        return token;
    }

    private void build(TestSchools schools, PeopleFixtures people, Pool pool, TestSessions issuer, String year) {
        String d1 = schools.newDistrict();
        String d2 = schools.newDistrict();
        String a = schools.newSchool(d1, "THCS");
        String b = schools.newSchool(d1, "THCS");
        String c = schools.newSchool(d2, "THCS");
        symbols.putAll(Map.of("D1", d1, "D2", d2, "A", a, "B", b, "C", c,
                "DEPT1", "SO-" + d1.substring("PGD-".length())));

        long teacher6 = staff(people, issuer, a, "t6A1", "TEACHER", Roles.TEACHER, false);
        long teacher7 = staff(people, issuer, a, "t7A1", "TEACHER", Roles.TEACHER, false);
        staff(people, issuer, a, "t0", "TEACHER", Roles.TEACHER, false);
        staff(people, issuer, a, "prinA", "PRINCIPAL", Roles.PRINCIPAL, false);
        staff(people, issuer, a, "vpA", "VICE_PRINCIPAL", Roles.VICE_PRINCIPAL, false);
        staff(people, issuer, a, "nurseA", "SCHOOL_NURSE", Roles.SCHOOL_NURSE, true);
        staff(people, issuer, a, "staffA", "OTHER_STAFF", Roles.STAFF, false);
        officer(pool, issuer, d1, "doD1");
        officer(pool, issuer, d2, "doD2");

        long class6 = people.schoolClass(a, year, "6A1", teacher6);
        long class7 = people.schoolClass(a, year, "7A1", null);
        long classC = people.schoolClass(c, year, "6C1", null);
        people.teach(teacher7, class7, "Toán");
        symbols.put("C6A1", String.valueOf(class6));
        symbols.put("C7A1", String.valueOf(class7));

        long s6 = student(people, a, class6, "S6A1", "Học sinh Lớp Sáu");
        student(people, a, class6, "S6A1B", "Học sinh Lớp Sáu Bê");
        long s7 = student(people, a, class7, "S7A1", "Học sinh Lớp Bảy");
        long sc = student(people, c, classC, "SC", "Học sinh Trường Xê");
        long g1 = guardian(people, issuer, "G1", "Phụ huynh học sinh Một", "g1");
        long g2 = guardian(people, issuer, "G2", "Phụ huynh học sinh Hai", "g2");
        people.link(s6, g1, "MOTHER", true);
        people.link(s7, g2, "FATHER", true);
        people.link(sc, g2, "FATHER", true);
        symbols.put("G1P", "g:" + g1);
        symbols.put("G2P", "g:" + g2);

        symbols.put("GROUP", chatGroup(pool, symbol("P_t6A1"), symbol("P_G1")));
        symbols.put("UNKNOWN_STUDENT", code("HS-KHONG-CO"));
        symbols.put("UNKNOWN_GUARDIAN", local(phone()));
        symbols.put("UNKNOWN_KEY", java.util.UUID.randomUUID().toString());
        symbols.put("UNKNOWN_NOTICE", "9000000000000");
        symbols.put("CLASS_6A1", "6A1");
        symbols.put("CLASS_6C1", "6C1");
        symbols.put("IMP_A", importRecord(pool, a, year));
        symbols.put("IMP_C", importRecord(pool, c, year));
        tokens.put("nobody", issuer.open(phone(), code("CB-KHONG-CO"),
                Set.of(Roles.PRINCIPAL, Roles.DISTRICT_OFFICER)).accessToken());
        String directive = post(token("doD1"), "/api/v1/directives/districts/" + d1,
                DirectiveBodies.directive(Map.of("everyone", true), true));
        symbols.put("DIR", directive);
        symbols.put("FWD", post(token("prinA"), "/api/v1/directives/" + directive + "/forwards",
                DirectiveBodies.forward()));
        symbols.put("PHOTO_6A1", classPhoto(token("prinA"), a, "6A1"));
    }

    /** A photo uploaded by the principal and posted to a class with an activity; returns the photo's id. */
    private static String classPhoto(String token, String school, String className) {
        String id = io.restassured.RestAssured.given().auth().oauth2(token).contentType("image/jpeg")
                .body(NoticeBodies.jpeg()).post("/api/v1/notices/schools/" + school + "/photos")
                .then().statusCode(201).extract().jsonPath().getString("id");
        io.restassured.RestAssured.given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON)
                .body(NoticeBodies.classPost(className, id))
                .post("/api/v1/notices/schools/" + school + "/activities")
                .then().statusCode(200).body("counts.accepted", org.hamcrest.Matchers.equalTo(1));
        return id;
    }

    /** Sends over the API, as its callers would; returns the new resource's id. */
    private static String post(String token, String path, Object body) {
        return io.restassured.RestAssured.given().auth().oauth2(token)
                .contentType(io.restassured.http.ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** A member of a school's staff; the token carries their phone (OTP sign-in) or their staff code (SSO). */
    private long staff(PeopleFixtures people, TestSessions issuer, String school, String caller, String role,
            String tokenRole, boolean signsInByPhone) {
        String staffCode = code("CB");
        String phone = phone();
        long id = people.staff(school, staffCode, "Cán bộ " + caller, role, phone, true);
        symbols.put(caller + ".code", staffCode);
        symbols.put("P_" + caller, "s:" + id);
        tokens.put(caller, mint(issuer, signsInByPhone ? phone : null, signsInByPhone ? null : staffCode, tokenRole));
        return id;
    }

    private void officer(Pool pool, TestSessions issuer, String district, String caller) {
        String staffCode = code("CV");
        execute(pool, """
                INSERT INTO staff (staff_code, district_office_id, school_id, full_name, name_search, role, active)
                SELECT $1, id, NULL, $2, lower($2), 'DISTRICT_OFFICER', true FROM district_office WHERE code = $3""",
                staffCode, "Chuyên viên " + caller, district);
        symbols.put("P_" + caller, "s:" + number(pool, "SELECT id FROM staff WHERE staff_code = $1", staffCode));
        tokens.put(caller, mint(issuer, null, staffCode, Roles.DISTRICT_OFFICER));
    }

    private long student(PeopleFixtures people, String school, long classId, String symbol, String name) {
        String studentCode = code("HS");
        long id = people.student(school, studentCode, name, true);
        people.enroll(id, classId);
        symbols.put(symbol, studentCode);
        return id;
    }

    private long guardian(PeopleFixtures people, TestSessions issuer, String symbol, String name, String caller) {
        String e164 = phone();
        symbols.put(symbol, local(e164));
        symbols.put(symbol + ".e164", e164);
        tokens.put(caller, mint(issuer, e164, null, Roles.GUARDIAN));
        long id = people.guardian(e164, name);
        symbols.put("P_" + symbol, "g:" + id);
        return id;
    }

    /** A custom chat group with its owner and one member, as the group API would leave it. */
    private static String chatGroup(Pool pool, String owner, String member) {
        long id = number(pool, """
                INSERT INTO conversation (kind, title, created_by, created_at) VALUES ('CUSTOM', 'Nhóm thử', $1, now())
                RETURNING id""", owner);
        execute(pool, """
                INSERT INTO conversation_member (conversation_id, participant, role, source, joined_at)
                VALUES ($1, $2, 'OWNER', 'MANUAL', now()), ($1, $3, 'MEMBER', 'MANUAL', now())""", id, owner, member);
        return String.valueOf(id);
    }

    private static String importRecord(Pool pool, String school, String year) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        execute(pool, """
                INSERT INTO directory_import (id, school_id, kind, mode, format, status, school_year, skip_invalid,
                    file_sha256, actor, row_count, created_count, updated_count, deactivated_count, unchanged_count,
                    invalid_count, started_at, finished_at)
                SELECT $1, id, 'STUDENTS', 'DELTA', 'CSV', 'APPLIED', $2, false, repeat('0', 64), 'admin',
                    0, 0, 0, 0, 0, 0, $3, $3
                FROM school WHERE code = $4""", id, year, now, school);
        return id.toString();
    }

    private static String mint(TestSessions issuer, String phone, String staffCode, String role) {
        return issuer.open(phone, staffCode, Set.of(role)).accessToken();
    }

    /** {@code +84912345678} → {@code 0912345678}, a form the guardian lookup accepts in a URL. */
    private static String local(String e164) {
        return "0" + e164.substring(3);
    }

    private static long number(Pool pool, String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT).iterator().next().getLong(0);
    }

    private static void execute(Pool pool, String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
    }
}

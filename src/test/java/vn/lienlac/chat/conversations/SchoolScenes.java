package vn.lienlac.chat.conversations;

import static io.restassured.RestAssured.given;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;

/**
 * Builds a fresh {@link SchoolScene} for each test: schools through the directory's import API (as a sector export
 * would arrive), district officers with SQL (imports are per school), and a signed-in token for everyone. Blocking
 * on purpose: call it from test methods.
 */
@ApplicationScoped
public class SchoolScenes {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ADMIN_TOKEN = "test-admin-token";

    private final TestSchools schools;
    private final Pool pool;
    private final TestSessions sessions;

    public SchoolScenes(TestSchools schools, Pool pool, TestSessions sessions) {
        this.schools = schools;
        this.pool = pool;
        this.sessions = sessions;
    }

    /** The scene described on {@link SchoolScene}. */
    public SchoolScene create() {
        String district = schools.newDistrict();
        String otherDistrict = schools.newDistrict();
        String a = schools.newSchool(district, "THCS");
        String b = schools.newSchool(district, "THCS");
        Map<String, String> phones = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (String guardian : List.of("gAn", "gBinh", "gCuong", "gDung")) {
            phones.put(guardian, phone());
        }
        for (String member : List.of("pA", "vpA", "hr6", "m7", "nurse", "tB", "oD", "oE")) {
            codes.put(member, code("CB"));
            phones.put(member, phone());
        }

        students(a, List.of(
                student("Nguyễn Minh An", "6A1", "mother", "Trần Thị Mai", phones.get("gAn")),
                student("Lê Gia Bình", "6A1", "father", "Lê Văn Hùng", phones.get("gBinh")),
                student("Lê Gia Bảo", "7A1", "father", "Lê Văn Hùng", phones.get("gBinh")),
                student("Phạm Quốc Cường", "7A1", "father", "Phạm Văn Tài", phones.get("gCuong"))));
        students(b, List.of(
                student("Đặng Tiến Dũng", "6B1", "mother", "Đặng Thị Hoa", phones.get("gDung")),
                // the maths teacher of school A is also a parent at school B (one phone, two capacities)
                student("Phạm Gia Huy", "6B1", "father", "Phạm Minh Đức", phones.get("m7"))));
        staff(a, List.of(
                staffRow(codes.get("pA"), "Đỗ Thị Hương", "Hiệu trưởng", phones.get("pA"), null, List.of(), List.of()),
                staffRow(codes.get("vpA"), "Bùi Văn Long", "Phó hiệu trưởng", phones.get("vpA"), null, List.of(),
                        List.of()),
                staffRow(codes.get("hr6"), "Nguyễn Thu Trang", "Giáo viên", phones.get("hr6"), "6A1", List.of(),
                        List.of()),
                staffRow(codes.get("m7"), "Phạm Minh Đức", "Giáo viên", phones.get("m7"), null, List.of("Toán"),
                        List.of("7A1")),
                staffRow(codes.get("nurse"), "Vũ Thị Lan", "Nhân viên y tế", phones.get("nurse"), null, List.of(),
                        List.of())));
        staff(b, List.of(
                staffRow(codes.get("tB"), "Hoàng Văn Nam", "Giáo viên", phones.get("tB"), "6B1", List.of("Toán"),
                        List.of("6B1"))));
        officer(district, codes.get("oD"), "Ngô Văn Sơn", phones.get("oD"));
        officer(otherDistrict, codes.get("oE"), "Lý Thị Nga", phones.get("oE"));

        Map<String, SchoolScene.Person> people = new LinkedHashMap<>();
        for (String guardian : List.of("gAn", "gBinh", "gCuong", "gDung")) {
            String e164 = phones.get(guardian);
            people.put(guardian, new SchoolScene.Person("g:" + id("SELECT id FROM guardian WHERE phone = $1", e164),
                    sessions.open(e164, null, Set.of(Roles.GUARDIAN)).accessToken()));
        }
        for (String member : codes.keySet()) {
            String staffCode = codes.get(member);
            // m7 signs in with both keys, so chat sees the teacher and the parent
            String phone = member.equals("m7") ? phones.get(member) : null;
            people.put(member, new SchoolScene.Person("s:" + id("SELECT id FROM staff WHERE staff_code = $1",
                    staffCode), sessions.open(phone, staffCode, Set.of(Roles.TEACHER)).accessToken()));
        }
        people.put("m7asParent", new SchoolScene.Person(
                "g:" + id("SELECT id FROM guardian WHERE phone = $1", phones.get("m7")), people.get("m7").token()));
        people.put("stranger", new SchoolScene.Person(null,
                sessions.open(phone(), null, Set.of(Roles.GUARDIAN)).accessToken()));
        return new SchoolScene(a, b, people);
    }

    private static Map<String, Object> student(String name, String className, String relation, String guardianName,
            String guardianPhone) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("studentCode", code("HS"));
        row.put("fullName", name);
        row.put("dateOfBirth", "2014-09-05");
        row.put("gender", "Nam");
        row.put("className", className);
        row.put(relation + "Name", guardianName);
        row.put(relation + "Phone", guardianPhone);
        return row;
    }

    private static Map<String, Object> staffRow(String staffCode, String name, String position, String phone,
            String homeroom, List<String> subjects, List<String> classes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("staffCode", staffCode);
        row.put("fullName", name);
        row.put("position", position);
        row.put("phone", phone);
        row.put("homeroomClass", homeroom);
        row.put("subjects", subjects);
        row.put("classes", classes);
        return row;
    }

    private static void students(String school, List<Map<String, Object>> rows) {
        importRows(school, "students", rows);
    }

    private static void staff(String school, List<Map<String, Object>> rows) {
        importRows(school, "staff", rows);
    }

    private static void importRows(String school, String kind, List<Map<String, Object>> rows) {
        given().auth().oauth2(ADMIN_TOKEN).contentType(ContentType.JSON).queryParam("mode", "delta")
                .body(Map.of(kind, new ArrayList<>(rows)))
                .post("/api/v1/directory/schools/{school}/imports/" + kind, school)
                .then().statusCode(200);
    }

    private void officer(String district, String staffCode, String name, String phone) {
        pool.preparedQuery("""
                        INSERT INTO staff (staff_code, district_office_id, full_name, name_search, role, phone, active)
                        SELECT $1, id, $2, $3, 'DISTRICT_OFFICER', $4, true FROM district_office
                        WHERE code = $5""")
                .execute(Tuple.of(staffCode, name, VietnameseText.searchKey(name), phone, district))
                .await().atMost(TIMEOUT);
    }

    private long id(String sql, Object parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().atMost(TIMEOUT)
                .iterator().next().getLong("id");
    }
}

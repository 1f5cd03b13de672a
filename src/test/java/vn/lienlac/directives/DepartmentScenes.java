package vn.lienlac.directives;

import static io.restassured.RestAssured.given;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;

/**
 * A new department for each test, with unique codes (tests share one database):
 *
 * <pre>
 * department P: department officer "so"
 *   district D1: officer "o1"; schools A (principal "pA", teachers "tA1", "tA2") and B (principal "pB")
 *   district D2: officer "o2"; school X (principal "pX")
 *   district D3: no officer, no school
 * department Q: district DQ with officer "oQ", school Y (principal "pY"); department officer "soQ"
 * </pre>
 *
 * Blocking on purpose: call it from test methods.
 */
@ApplicationScoped
public class DepartmentScenes {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final TestSessions sessions;
    private final Pool pool;

    public DepartmentScenes(TestSchools schools, PeopleFixtures people, TestSessions sessions, Pool pool) {
        this.schools = schools;
        this.people = people;
        this.sessions = sessions;
        this.pool = pool;
    }

    /** The people of one scene (tokens by name) and its units' codes. */
    public static final class Scene {

        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, String> units = new HashMap<>();
        private final Map<String, String> codes = new HashMap<>();
        private final Map<String, String> roles = new HashMap<>();

        /** A request as this person, under {@code /api/v1/directives}. */
        public RequestSpecification as(String person) {
            return given().auth().oauth2(require(tokens, person)).basePath("/api/v1/directives")
                    .contentType(ContentType.JSON);
        }

        /** The code of a unit: "P", "Q", "D1", "D2", "D3", "DQ", "A", "B", "X", "Y". */
        public String unit(String name) {
            return require(units, name);
        }

        private static String require(Map<String, String> map, String key) {
            String value = map.get(key);
            if (value == null) {
                throw new IllegalArgumentException("No " + key + " in the scene");
            }
            return value;
        }
    }

    public Scene create() {
        Scene scene = new Scene();
        String d1 = schools.newDistrict();
        String p = schools.departmentOf(d1);
        String d2 = schools.newDistrictIn(p);
        String d3 = schools.newDistrictIn(p);
        String dq = schools.newDistrict();
        String q = schools.departmentOf(dq);
        scene.units.putAll(Map.of("P", p, "Q", q, "D1", d1, "D2", d2, "D3", d3, "DQ", dq));
        scene.units.putAll(Map.of("A", schools.newSchool(d1, "THCS"), "B", schools.newSchool(d1, "TIEU_HOC"),
                "X", schools.newSchool(d2, "THCS"), "Y", schools.newSchool(dq, "THCS")));
        departmentOfficer(scene, p, "so", "Nguyễn Thị Sở");
        departmentOfficer(scene, q, "soQ", "Trần Văn Sở Khác");
        districtOfficer(scene, d1, "o1", "Lê Văn Phòng Một");
        districtOfficer(scene, d2, "o2", "Phạm Thị Phòng Hai");
        districtOfficer(scene, dq, "oQ", "Đỗ Văn Phòng Khác");
        staff(scene, "A", "pA", "PRINCIPAL", "Hoàng Thị Hiệu Trưởng A");
        staff(scene, "A", "tA1", "TEACHER", "Vũ Văn Giáo Viên Một");
        staff(scene, "A", "tA2", "TEACHER", "Bùi Thị Giáo Viên Hai");
        staff(scene, "B", "pB", "PRINCIPAL", "Ngô Văn Hiệu Trưởng B");
        staff(scene, "X", "pX", "PRINCIPAL", "Đặng Thị Hiệu Trưởng X");
        staff(scene, "Y", "pY", "PRINCIPAL", "Lý Văn Hiệu Trưởng Y");
        return scene;
    }

    /** New sessions for everyone, opened at the clock's time: for a test that moved the clock past them. */
    public void signInAgain(Scene scene) {
        scene.codes.keySet().forEach(name -> remember(scene, name, scene.codes.get(name), scene.roles.get(name)));
    }

    private void remember(Scene scene, String name, String staffCode, String role) {
        scene.codes.put(name, staffCode);
        scene.roles.put(name, role);
        scene.tokens.put(name, sessions.open(null, staffCode, Set.of(role)).accessToken());
    }

    private void staff(Scene scene, String school, String name, String role, String fullName) {
        String staffCode = code("CB");
        people.staff(scene.unit(school), staffCode, fullName, role, phone(), true);
        remember(scene, name, staffCode, Roles.TEACHER);
    }

    private void districtOfficer(Scene scene, String district, String name, String fullName) {
        String staffCode = code("CV");
        insert("""
                INSERT INTO staff (staff_code, district_office_id, full_name, name_search, role)
                SELECT $1, id, $2, lower($2), 'DISTRICT_OFFICER' FROM district_office WHERE code = $3""",
                staffCode, fullName, district);
        remember(scene, name, staffCode, Roles.DISTRICT_OFFICER);
    }

    private void departmentOfficer(Scene scene, String department, String name, String fullName) {
        String staffCode = code("SO");
        insert("""
                INSERT INTO staff (staff_code, department_id, full_name, name_search, role)
                SELECT $1, id, $2, lower($2), 'DEPARTMENT_OFFICER' FROM department WHERE code = $3""",
                staffCode, fullName, department);
        remember(scene, name, staffCode, Roles.DEPARTMENT_OFFICER);
    }

    private void insert(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
    }
}

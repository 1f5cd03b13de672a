package vn.lienlac.directives;

import static io.restassured.RestAssured.given;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;

/**
 * A new district for each test, with unique codes (tests share one database):
 *
 * <pre>
 * district D1: officer "officer"; schools A, B, C with principals "pA", "pB", "pC"
 *   A also: vice principal "vpA", teachers "tA1" (homeroom of 6A1) and "tA2", nurse "nurseA", other staff "staffA"
 *   B also: teacher "tB1"
 * district D2: officer "officer2"; school X with principal "pX"
 * </pre>
 *
 * Blocking on purpose: call it from test methods.
 */
@ApplicationScoped
public class DirectiveScenes {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final TestSessions sessions;
    private final Pool pool;
    private final Clock clock;

    public DirectiveScenes(TestSchools schools, PeopleFixtures people, TestSessions sessions, Pool pool,
            Clock clock) {
        this.schools = schools;
        this.people = people;
        this.sessions = sessions;
        this.pool = pool;
        this.clock = clock;
    }

    /** The people of one scene: their staff codes, staff ids and tokens, by name. */
    public static final class Scene {

        private final Map<String, String> codes = new HashMap<>();
        private final Map<String, Long> ids = new HashMap<>();
        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, String> units = new HashMap<>();

        /** A request as this person, under {@code /api/v1/directives}. */
        public RequestSpecification as(String person) {
            return given().auth().oauth2(token(person)).basePath("/api/v1/directives").contentType(ContentType.JSON);
        }

        public String token(String person) {
            return require(tokens, person);
        }

        public String staffCode(String person) {
            return require(codes, person);
        }

        public long staffId(String person) {
            return require(ids, person);
        }

        /** The code of a unit: "D1", "D2", "A", "B", "C", "X". */
        public String unit(String name) {
            return require(units, name);
        }

        private static <V> V require(Map<String, V> map, String key) {
            V value = map.get(key);
            if (value == null) {
                throw new IllegalArgumentException("No " + key + " in the scene");
            }
            return value;
        }
    }

    public Scene create() {
        Scene scene = new Scene();
        String d1 = schools.newDistrict();
        String d2 = schools.newDistrict();
        scene.units.putAll(Map.of("D1", d1, "D2", d2));
        // Views list schools by code: A, B and C get codes in that order.
        List<String> codes = Stream.generate(() -> schools.newSchool(d1, "THCS")).limit(3).sorted().toList();
        scene.units.putAll(Map.of("A", codes.get(0), "B", codes.get(1), "C", codes.get(2)));
        scene.units.put("X", schools.newSchool(d2, "TIEU_HOC"));
        officer(scene, d1, "officer", "Nguyễn Văn Phòng");
        officer(scene, d2, "officer2", "Trần Thị Huyện");
        staff(scene, "A", "pA", "PRINCIPAL", "Lê Thị Hiệu Trưởng");
        staff(scene, "B", "pB", "PRINCIPAL", "Phạm Văn Bình");
        staff(scene, "C", "pC", "PRINCIPAL", "Đỗ Thị Cúc");
        staff(scene, "X", "pX", "PRINCIPAL", "Vũ Văn Xuân");
        staff(scene, "A", "vpA", "VICE_PRINCIPAL", "Hoàng Văn Phó");
        staff(scene, "A", "tA1", "TEACHER", "Ngô Thị Chủ Nhiệm");
        staff(scene, "A", "tA2", "TEACHER", "Bùi Văn Toán");
        staff(scene, "A", "nurseA", "SCHOOL_NURSE", "Đặng Thị Y Tế");
        staff(scene, "A", "staffA", "OTHER_STAFF", "Lý Văn Văn Thư");
        staff(scene, "B", "tB1", "TEACHER", "Trịnh Thị Bê");
        people.schoolClass(scene.unit("A"), SchoolYears.current(clock), "6A1", scene.staffId("tA1"));
        return scene;
    }

    /**
     * New sessions for everyone of the scene, opened at the clock's time: a test that moves the clock past the
     * sessions' hour calls it to stay signed in.
     */
    public void signInAgain(Scene scene) {
        scene.codes.forEach((name, staffCode) -> scene.tokens.put(name,
                sessions.open(null, staffCode, Set.of(Roles.TEACHER)).accessToken()));
    }

    private void staff(Scene scene, String school, String name, String role, String fullName) {
        String staffCode = code("CB");
        long id = people.staff(scene.unit(school), staffCode, fullName, role, phone(), true);
        remember(scene, name, staffCode, id, Roles.TEACHER);
    }

    private void officer(Scene scene, String district, String name, String fullName) {
        String staffCode = code("CV");
        long id = pool.preparedQuery("""
                INSERT INTO staff (staff_code, district_office_id, school_id, full_name, name_search, role, active)
                SELECT $1, id, NULL, $2, lower($2), 'DISTRICT_OFFICER', true FROM district_office WHERE code = $3
                RETURNING id""").execute(Tuple.of(staffCode, fullName, district))
                .await().atMost(TIMEOUT).iterator().next().getLong("id");
        remember(scene, name, staffCode, id, Roles.DISTRICT_OFFICER);
    }

    private void remember(Scene scene, String name, String staffCode, long id, String role) {
        scene.codes.put(name, staffCode);
        scene.ids.put(name, id);
        scene.tokens.put(name, sessions.open(null, staffCode, Set.of(role)).accessToken());
    }
}

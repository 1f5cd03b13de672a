package vn.lienlac.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.Bodies;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;
import vn.lienlac.directory.TestSchools;

/**
 * Issue 15, weaker spots: a duplicate JSON key and a NUL character ({@code %00}, {@code \u0000}) answered 500 with an
 * empty body; now each is a 400 problem in Vietnamese, on anonymous and signed-in endpoints alike.
 */
@QuarkusTest
class StrictInputApiTest {

    private static final String ADMIN = "test-admin-token";

    @Inject
    TestSchools schools;
    @Inject
    DirectiveScenes scenes;

    @Test
    void duplicateKeyInAnonymousCodeRequestIs400() {
        problem(given().contentType(ContentType.JSON).body("{\"phone\": \"0912345678\", \"phone\": \"0987654321\"}")
                .post("/api/v1/auth/otp/request").then(), 400, "MALFORMED_JSON")
                .body("detail", equalTo("Nội dung JSON có khóa \"phone\" xuất hiện nhiều lần."));
    }

    @Test
    void duplicateKeyInPasswordSignInAndRefreshIs400() {
        problem(given().contentType(ContentType.JSON)
                .body("{\"login\": \"CB1\", \"password\": \"a\", \"password\": \"b\"}")
                .post("/api/v1/auth/password").then(), 400, "MALFORMED_JSON");
        problem(given().contentType(ContentType.JSON).body("{\"refreshToken\": \"x\", \"refreshToken\": \"y\"}")
                .post("/api/v1/auth/refresh").then(), 400, "MALFORMED_JSON");
    }

    @Test
    void duplicateKeyInAnAdminBodyIs400AndChangesNothing() {
        String school = schools.newSchool();
        problem(given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"Trường A\", \"level\": \"THCS\", \"level\": \"TIEU_HOC\", \"districtCode\": \"X\"}")
                .put("/api/v1/directory/schools/" + school).then(), 400, "MALFORMED_JSON")
                .body("detail", containsString("\"level\""));
    }

    @Test
    void duplicateKeyNestedInAReportsFiguresIs400() {
        Scene scene = scenes.create();
        long id = reportRequest(scene);
        problem(scene.as("pA").body("{\"text\": \"Báo cáo\", \"figures\": {\"staff\": 1, \"staff\": 2}}")
                .put("/" + id + "/reports/" + scene.unit("A")).then(), 400, "MALFORMED_JSON")
                .body("detail", containsString("\"staff\""));
    }

    @Test
    void nulInASearchQueryIs400() {
        String school = schools.newSchool();
        for (String path : new String[] {"/students?q=%00", "/staff?q=a%00b", "/search?q=%00"}) {
            problem(given().auth().oauth2(ADMIN).urlEncodingEnabled(false)
                    .get("/api/v1/directory/schools/" + school + path).then(), 400, "INVALID_CHARACTER");
        }
    }

    @Test
    void nulAnywhereInTheAddressIs400EvenBeforeAuthentication() {
        problem(given().urlEncodingEnabled(false).get("/api/v1/directory/schools/A%00B").then(), 400,
                "INVALID_CHARACTER");
        problem(given().urlEncodingEnabled(false).get("/api/v1/chat/contacts?q=%00").then(), 400,
                "INVALID_CHARACTER");
    }

    @Test
    void nulInAJsonStringIs400NamingTheField() {
        problem(given().contentType(ContentType.JSON).body("{\"phone\": \"0912\\u0000345678\"}")
                .post("/api/v1/auth/otp/request").then(), 400, "INVALID_CHARACTER")
                .body("errors[0].field", equalTo("phone"));
        String school = schools.newSchool();
        problem(given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"Trường\\u0000A\", \"level\": \"THCS\", \"districtCode\": \"X\"}")
                .put("/api/v1/directory/schools/" + school).then(), 400, "INVALID_CHARACTER")
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void nulInUntypedJsonValuesAndKeysIs400() {
        Scene scene = scenes.create();
        long id = reportRequest(scene);
        // a value: refused while reading the JSON
        problem(scene.as("pA").body("{\"text\": \"Báo cáo\", \"figures\": {\"staff\": \"4\\u00002\"}}")
                .put("/" + id + "/reports/" + scene.unit("A")).then(), 400, "INVALID_CHARACTER");
        // a key: the report's own text rule refuses it (UnsafeText), before PostgreSQL would
        problem(scene.as("pA").body("{\"text\": \"Báo cáo\", \"figures\": {\"st\\u0000aff\": 4}}")
                .put("/" + id + "/reports/" + scene.unit("A")).then(), 400, "VALIDATION_FAILED");
        scene.as("pA").body("{\"text\": \"Báo cáo\", \"figures\": {\"staff\": 4}}")
                .put("/" + id + "/reports/" + scene.unit("A")).then().statusCode(200);
    }

    @Test
    void nulByteInAnImportedCsvIsARowErrorOnItsCell() {
        String school = schools.newSchool();
        byte[] csv = ("Mã học sinh,Họ và tên,Ngày sinh,Giới tính,Lớp\r\n"
                + "HS0001,Nguyễn\u0000An,05/09/2013,Nam,6A1\r\n").getBytes(StandardCharsets.UTF_8);
        ValidatableResponse response = given().auth().oauth2(ADMIN).contentType("text/csv").queryParam("mode", "delta")
                .body(csv).post("/api/v1/directory/schools/" + school + "/imports/students").then();
        response.statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("IMPORT_REJECTED"))
                .body("errors.column", org.hamcrest.Matchers.contains("Họ và tên"))
                .body("errors.code", org.hamcrest.Matchers.contains("INVALID_TEXT"));
    }

    private long reportRequest(Scene scene) {
        return scene.as("officer")
                .body(Bodies.withReport(Bodies.directive(Bodies.schools(scene.unit("A")), null, false),
                        Instant.now().plus(2, ChronoUnit.DAYS)))
                .post("/districts/" + scene.unit("D1")).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("code", equalTo(code))
                .body("status", equalTo(status))
                .body("detail", not(emptyOrNullString()))
                .body("correlationId", not(emptyOrNullString()));
    }
}

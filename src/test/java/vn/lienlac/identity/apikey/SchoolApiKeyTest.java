package vn.lienlac.identity.apikey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.Roles;

@QuarkusTest
class SchoolApiKeyTest {

    private static final String ADMIN = "Bearer test-admin-token";

    @Inject
    TestSchools schools;

    private String school;

    @BeforeEach
    void newSchool() {
        school = schools.newSchool();
    }

    @Test
    void newKeyIsShownOnceAndAuthenticatesAsTheSchoolsPortal() {
        String key = create("Phần mềm quản lý trường");
        given().auth().oauth2(key).when().get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("subject", startsWith("api-key:"))
                .body("roles", hasItem(Roles.SCHOOL_PORTAL));
        given().header("Authorization", ADMIN).queryParam("schoolCode", school).when().get("/api/v1/api-keys")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].name", equalTo("Phần mềm quản lý trường"))
                .body("[0].keyPrefix", equalTo(key.substring(0, 12)))
                .body("[0].key", nullValue())
                .body("[0].lastUsedAt", not(nullValue()));
    }

    @Test
    void onlyTheHashOfTheKeyIsStored() {
        String key = create("Cổng thông tin");
        assertEquals(0, schools.count("SELECT count(*) FROM school_api_key WHERE key_hash = $1 OR key_prefix = $1",
                key));
        assertEquals(1, schools.count("SELECT count(*) FROM school_api_key WHERE key_hash = $1",
                ApiKeySecrets.hash(key)));
    }

    @Test
    void revokedKeyIsRejectedAtOnce() {
        String key = create("Cổng cũ");
        String id = given().header("Authorization", ADMIN).queryParam("schoolCode", school)
                .when().get("/api/v1/api-keys").then().extract().path("[0].id");
        given().header("Authorization", ADMIN).when().delete("/api/v1/api-keys/" + id).then().statusCode(204);
        given().auth().oauth2(key).when().get("/api/v1/auth/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void unknownKeyIsRejected() {
        given().auth().oauth2(ApiKeySecrets.newSecret()).when().get("/api/v1/auth/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void portalKeyCannotDoAdministration() {
        String key = create("Cổng trường");
        given().auth().oauth2(key).contentType(ContentType.JSON).body(Map.of("name", "Sở thử"))
                .when().put("/api/v1/directory/departments/SO-KEY-TEST")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(key).queryParam("schoolCode", school).when().get("/api/v1/api-keys")
                .then().statusCode(403);
    }

    @Test
    void portalKeyImportsForItsOwnSchoolOnly() {
        String key = create("Phần mềm quản lý trường");
        String other = schools.newSchool();
        String csv = "Mã học sinh,Họ và tên,Ngày sinh,Lớp\nHS-KEY-1,Nguyễn Văn An,05/09/2014,6A1\n";
        given().auth().oauth2(key).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("mode", "delta").queryParam("dryRun", true)
                .when().post("/api/v1/directory/schools/" + school + "/imports/students")
                .then().log().ifValidationFails().statusCode(200).body("status", equalTo("DRY_RUN"));
        given().auth().oauth2(key).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("mode", "delta").queryParam("dryRun", true)
                .when().post("/api/v1/directory/schools/" + other + "/imports/students")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(key).when().get("/api/v1/directory/schools/" + school + "/students")
                .then().statusCode(403);
    }

    @Test
    void keyForAnUnknownSchoolIsNotCreated() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("schoolCode", "TRG-KHONG-CO", "name", "x"))
                .when().post("/api/v1/api-keys")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    private String create(String name) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("schoolCode", school, "name", name))
                .when().post("/api/v1/api-keys")
                .then().statusCode(201)
                .body("key", startsWith("llk_"))
                .extract().path("key");
    }
}

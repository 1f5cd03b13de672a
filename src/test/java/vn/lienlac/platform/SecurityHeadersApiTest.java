package vn.lienlac.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.IdentityFixtures;
import vn.lienlac.identity.session.TokenPair;
import vn.lienlac.identity.session.TestSessions;

/**
 * Issue 15, weaker spots: token responses carried no {@code Cache-Control: no-store}, and no response had
 * {@code X-Content-Type-Options}, a CSP or {@code frame-ancestors}. Every response has them now, errors included.
 */
@QuarkusTest
class SecurityHeadersApiTest {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    static final String PASSWORD = "Mật-khẩu-dài-đủ-2026";

    @Inject
    TestSessions sessions;
    @Inject
    IdentityFixtures fixtures;
    @Inject
    PeopleLookup people;

    @Test
    void anOrdinaryApiAnswerHasEveryHeader() {
        api(given().auth().oauth2("test-admin-token").get("/api/v1/directory/districts").then().statusCode(200));
    }

    @Test
    void tokenResponsesAreNeverStored() {
        String code = fixtures.teacher(PeopleFixtures.phone());
        TokenPair pair = sessions.signIn(people.byStaffCode(code).await().indefinitely());
        api(given().auth().oauth2(pair.accessToken()).get("/api/v1/auth/me").then().statusCode(200));
        api(given().auth().oauth2(pair.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("newPassword", PASSWORD)).put("/api/v1/auth/password").then().statusCode(204));
        api(given().contentType(ContentType.JSON).body(Map.of("login", code, "password", PASSWORD))
                .post("/api/v1/auth/password").then().statusCode(200));
        api(given().contentType(ContentType.JSON).body(Map.of("refreshToken", pair.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(200));
        // refused sign-in and refresh: the same headers on the problem responses
        api(given().contentType(ContentType.JSON).body(Map.of("login", "CB-khong-co", "password", "sai-mat-khau"))
                .post("/api/v1/auth/password").then().statusCode(401));
        api(given().contentType(ContentType.JSON).body(Map.of("refreshToken", "khong-hop-le"))
                .post("/api/v1/auth/refresh").then().statusCode(401));
        api(given().contentType(ContentType.JSON).body(Map.of("phone", "0912345678"))
                .post("/api/v1/auth/otp/request").then());
        api(given().contentType(ContentType.JSON).body(Map.of("phone", "0912345678", "code", "000000"))
                .post("/api/v1/auth/otp/verify").then());
    }

    @Test
    void errorsHaveTheHeadersToo() {
        api(given().get("/api/v1/directory/districts").then().statusCode(401));
        api(given().auth().oauth2("test-admin-token").get("/api/v1/khong-co").then().statusCode(404));
        api(given().contentType(ContentType.JSON).body("{").post("/api/v1/auth/otp/request").then().statusCode(400));
        api(given().urlEncodingEnabled(false).get("/api/v1/directory/schools/%00").then().statusCode(400));
    }

    @Test
    void theWebAppHasItsOwnPolicyWithoutInlineScriptsAndIsUnframeable() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Cache-Control", "no-cache")
                .header("Referrer-Policy", "no-referrer");
        given().get("/khong-co").then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void quarkusPagesOutsideTheAppAreNosniffAndUnframeable() {
        given().get("/q/openapi").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", API_CSP);
    }

    @Test
    void swaggerUiHasItsOwnPolicyThatLetsItsPageRun() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("default-src 'none'")))
                .extract().asString();
        // the page loads its scripts and styles from its own origin
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("swagger-ui"), page);
    }

    private static void api(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", API_CSP)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", equalTo("no-store"));
    }
}

package vn.lienlac.identity.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.IdentityFixtures;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.identity.sso.SsoSignIn;
import vn.lienlac.web.WebCodes;

/**
 * The web app's sign-in (docs/auth.md, "A browser"): the refresh token only ever travels in an HttpOnly, Secure,
 * SameSite=Strict cookie scoped to /api/v1/auth/web, and every request there needs the CSRF header.
 */
@QuarkusTest
class WebSignInApiTest {

    private static final String CSRF = "X-Lienlac-Csrf";
    private static final String PASSWORD = "Mật-khẩu-đủ-dài-2026";

    @Inject
    IdentityFixtures people;

    private final WebCodes codes = new WebCodes();

    @BeforeEach
    void recordCodes() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
    }

    @Test
    void aParentSignsInWithACodeAndGetsTheRefreshTokenOnlyAsAnHttpOnlyCookie() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone);
        Response response = signInWithCode(phone);

        response.then().statusCode(200)
                .body("accessToken", not(emptyOrNullString()))
                .body("accessTokenExpiresAt", not(emptyOrNullString()))
                .body("refreshTokenExpiresAt", not(emptyOrNullString()))
                .body("sessionId", not(emptyOrNullString()))
                .body("refreshToken", nullValue());
        String setCookie = response.header("Set-Cookie");
        assertTrue(setCookie.startsWith("lienlac_refresh="), setCookie);
        for (String attribute : List.of("Path=/api/v1/auth/web", "HttpOnly", "Secure", "SameSite=Strict", "Max-Age=")) {
            assertTrue(setCookie.contains(attribute), () -> attribute + " missing in " + setCookie);
        }
        assertNotEquals("", response.cookie("lienlac_refresh"));
        given().auth().oauth2(response.path("accessToken")).get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void theCookieRefreshesOnceAndItsReuseEndsTheSession() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone);
        String first = signInWithCode(phone).cookie("lienlac_refresh");

        Response refreshed = web().cookie("lienlac_refresh", first).post("/api/v1/auth/web/refresh");
        refreshed.then().statusCode(200).body("accessToken", not(emptyOrNullString())).body("refreshToken", nullValue());
        String second = refreshed.cookie("lienlac_refresh");
        assertNotEquals(first, second, "the cookie is rotated");
        given().auth().oauth2(refreshed.path("accessToken")).get("/api/v1/auth/me").then().statusCode(200);

        // The first cookie again: someone copied it. The session ends, the cookie is removed.
        Response reused = web().cookie("lienlac_refresh", first).post("/api/v1/auth/web/refresh");
        reused.then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        assertTrue(reused.header("Set-Cookie").contains("Max-Age=0"), reused.header("Set-Cookie"));
        web().cookie("lienlac_refresh", second).post("/api/v1/auth/web/refresh").then().statusCode(401);
    }

    @Test
    void withoutACookieRefreshAnswers401SoTheAppShowsItsSignInPage() {
        web().post("/api/v1/auth/web/refresh").then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo(WebSignInResource.NO_SESSION));
    }

    @Test
    void everyWebSignInRequestNeedsTheCsrfHeader() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone);
        String cookie = signInWithCode(phone).cookie("lienlac_refresh");

        for (String path : List.of("/api/v1/auth/web/refresh", "/api/v1/auth/web/logout",
                "/api/v1/auth/web/otp/verify", "/api/v1/auth/web/password", "/api/v1/auth/web/sso")) {
            given().cookie("lienlac_refresh", cookie).contentType(ContentType.JSON).body("{}").post(path)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", equalTo(WebSignInGuard.REFUSED));
        }
        // the cookie still works for the app itself
        web().cookie("lienlac_refresh", cookie).post("/api/v1/auth/web/refresh").then().statusCode(200);
    }

    @Test
    void aRequestFromAnotherSitesOriginIsRefused() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone);
        String cookie = signInWithCode(phone).cookie("lienlac_refresh");

        web().header("Origin", "https://evil.example").cookie("lienlac_refresh", cookie)
                .post("/api/v1/auth/web/refresh").then().statusCode(403);
        String own = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        web().header("Origin", own).cookie("lienlac_refresh", cookie)
                .post("/api/v1/auth/web/refresh").then().statusCode(200);
    }

    @Test
    void signingOutEndsTheSessionAndRemovesTheCookie() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone);
        Response signedIn = signInWithCode(phone);
        String cookie = signedIn.cookie("lienlac_refresh");

        Response out = web().cookie("lienlac_refresh", cookie).post("/api/v1/auth/web/logout");
        out.then().statusCode(204);
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));
        given().auth().oauth2(signedIn.path("accessToken")).get("/api/v1/auth/me").then().statusCode(401);
        web().cookie("lienlac_refresh", cookie).post("/api/v1/auth/web/refresh").then().statusCode(401);
        // without a cookie there is nothing to end: still 204
        web().post("/api/v1/auth/web/logout").then().statusCode(204);
    }

    @Test
    void staffSignInWithAPasswordSetsTheCookieToo() {
        String phone = PeopleFixtures.phone();
        String staffCode = people.teacher(phone);
        people.accountWithPassword(phone, staffCode, PASSWORD);

        Response response = web().contentType(ContentType.JSON)
                .body(Map.of("login", staffCode, "password", PASSWORD, "deviceName", "Máy tính phòng giáo viên"))
                .post("/api/v1/auth/web/password");
        response.then().statusCode(200).body("refreshToken", nullValue());
        assertTrue(response.header("Set-Cookie").contains("HttpOnly"));
        web().cookie("lienlac_refresh", response.cookie("lienlac_refresh")).post("/api/v1/auth/web/refresh")
                .then().statusCode(200);
    }

    @Test
    void aWrongCodeIsTheSameAnswerAsOnThePhoneSignIn() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone);
        web().contentType(ContentType.JSON).body(Map.of("phone", phone)).post("/api/v1/auth/otp/request")
                .then().statusCode(202);
        String wrong = codes.lastCodeFor(phone).equals("000000") ? "111111" : "000000";
        Response response = web().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "code", wrong, "deviceName", "Trình duyệt"))
                .post("/api/v1/auth/web/otp/verify");
        response.then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        assertEquals(null, response.header("Set-Cookie"));
        assertTrue(response.asString().contains("correlationId"), response.asString());
        response.then().body("detail", containsString("mã"));
    }

    @Test
    void withoutAnSsoForBrowsersTheAppOffersNone() {
        web().get("/api/v1/auth/web/sso").then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("size()", equalTo(1));
        given().get("/api/v1/auth/web/sso").then().statusCode(403).body("detail", equalTo(WebSignInGuard.REFUSED));
        given().get("/").then().header("Content-Security-Policy", containsString("connect-src 'self';"));
    }

    @Test
    void ssoSignInTakesOnlyAnSsoTokenNotOursNorTheAdmins() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone);
        String ours = signInWithCode(phone).path("accessToken");

        for (String token : List.of(ours, "test-admin-token")) {
            Response refused = web().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/auth/web/sso");
            refused.then().statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("FORBIDDEN"))
                    .body("detail", equalTo(SsoSignIn.NOT_AN_SSO_TOKEN));
            assertEquals(null, refused.header("Set-Cookie"));
        }
        web().post("/api/v1/auth/web/sso").then().statusCode(401).contentType("application/problem+json");
    }

    private Response signInWithCode(String phone) {
        given().contentType(ContentType.JSON).body(Map.of("phone", phone)).post("/api/v1/auth/otp/request")
                .then().statusCode(202);
        return web().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "code", codes.lastCodeFor(phone), "deviceName", "Trình duyệt trên Android"))
                .post("/api/v1/auth/web/otp/verify");
    }

    private static RequestSpecification web() {
        return given().header(CSRF, "1");
    }
}

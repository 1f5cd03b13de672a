package vn.lienlac.identity.sso;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.Roles;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.session.TestSessions;

/**
 * Staff sign in through a real OpenID Connect provider: Keycloak started by {@link KeycloakResource}, whose realm
 * (src/test/resources/keycloak/nganh-gd-realm.json) has gv.lan (a teacher in the directory, and an "admin" on the
 * SSO side), gv.nghi (deactivated in the directory), nguoi.la (a staff code the directory does not know) and
 * khong.ma (no staff code at all). The web app's SSO sign-in (GET and POST /api/v1/auth/web/sso) is checked here
 * with the same tokens; SsoSignInJourneyTest runs it in a browser.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class SsoSignInTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Pool pool;

    @Inject
    TestSchools schools;

    @Inject
    TestSessions sessions;

    @Inject
    TestRealm realm;

    @BeforeEach
    void keycloakRuns() {
        realm.assumeRunning();
    }

    @Test
    void teacherSignsInWithTheSsoAndGetsOnlyTheirDirectoryRole() {
        staff("GV-LAN", "TEACHER", true);
        String token = ssoToken(KeycloakResource.CLIENT, "gv.lan");
        assertEquals(List.of(Roles.ADMIN), claims(token).getJsonArray("groups").getList(),
                "the SSO calls gv.lan an admin; Liên Lạc must not");
        me(token)
                .statusCode(200)
                .body("subject", equalTo("gv.lan"))
                .body("roles", contains(Roles.TEACHER));
    }

    @Test
    void ssoTeacherReachesTheirSchoolThroughTheAccessPolicyAndNoOther() {
        String school = staff("GV-LAN", "TEACHER", true);
        String token = ssoToken(KeycloakResource.CLIENT, "gv.lan");
        given().auth().oauth2(token).when().get("/api/v1/directory/schools/" + school)
                .then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/directory/schools/" + schools.newSchool())
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void ssoUserUnknownToTheDirectoryIsRejected() {
        assertRejected(ssoToken(KeycloakResource.CLIENT, "nguoi.la"))
                .body("detail", equalTo(SsoIdentityAugmentor.NO_ACTIVE_STAFF));
    }

    @Test
    void deactivatedStaffMemberIsRejected() {
        staff("GV-NGHI", "TEACHER", false);
        assertRejected(ssoToken(KeycloakResource.CLIENT, "gv.nghi"))
                .body("detail", equalTo(SsoIdentityAugmentor.NO_ACTIVE_STAFF));
    }

    @Test
    void ssoUserWithoutStaffCodeIsRejected() {
        assertRejected(ssoToken(KeycloakResource.CLIENT, "khong.ma"))
                .body("detail", equalTo(SsoIdentityAugmentor.NO_STAFF_CODE));
    }

    @Test
    void ssoTokenIssuedForAnotherAudienceIsRejected() {
        staff("GV-LAN", "TEACHER", true);
        assertRejected(ssoToken(KeycloakResource.OTHER_CLIENT, "gv.lan"));
    }

    @Test
    void ourOwnTokensStillWorkBesideTheSso() {
        TestSessions.TestToken token = sessions.open(null, null, Set.of(Roles.PRINCIPAL));
        me(token.accessToken()).statusCode(200)
                .body("subject", equalTo(token.accountId().toString()))
                .body("roles", contains(Roles.PRINCIPAL));
    }

    @Test
    void breakGlassAdminTokenStillWorksBesideTheSso() {
        me("test-admin-token").statusCode(200).body("roles", contains(Roles.ADMIN));
    }

    @Test
    void theWebAppIsToldWhereToSignInAtTheSso() {
        given().header("X-Lienlac-Csrf", "1").get("/api/v1/auth/web/sso").then().statusCode(200)
                .body("enabled", equalTo(true))
                .body("authorizationEndpoint", equalTo(realm.url() + "/protocol/openid-connect/auth"))
                .body("tokenEndpoint", equalTo(realm.url() + "/protocol/openid-connect/token"))
                .body("clientId", equalTo(KeycloakResource.WEB_CLIENT))
                .body("scope", equalTo("openid"));
        String origin = URI.create(realm.url()).resolve("/").toString().replaceAll("/$", "");
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("connect-src 'self' " + origin + ";"));
    }

    @Test
    void teacherTradesTheSsoTokenForAWebSessionOfTheirOwn() {
        staff("GV-LAN", "TEACHER", true);
        Response signedIn = webSso(ssoToken(KeycloakResource.CLIENT, "gv.lan"));
        signedIn.then().statusCode(200)
                .body("accessToken", not(emptyOrNullString()))
                .body("refreshToken", nullValue());
        String setCookie = signedIn.header("Set-Cookie");
        assertTrue(setCookie.startsWith("lienlac_refresh=") && setCookie.contains("HttpOnly")
                && setCookie.contains("Path=/api/v1/auth/web"), setCookie);
        // our own session: an account of ours as subject, the directory's role, and a cookie that refreshes
        me(signedIn.path("accessToken")).statusCode(200)
                .body("subject", not(equalTo("gv.lan")))
                .body("roles", contains(Roles.TEACHER));
        given().header("X-Lienlac-Csrf", "1").cookie("lienlac_refresh", signedIn.cookie("lienlac_refresh"))
                .post("/api/v1/auth/web/refresh").then().statusCode(200);
    }

    @Test
    void ssoUserUnknownToTheDirectoryGetsNoWebSession() {
        Response refused = webSso(ssoToken(KeycloakResource.CLIENT, "nguoi.la"));
        refused.then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo(SsoIdentityAugmentor.NO_ACTIVE_STAFF));
        assertNull(refused.header("Set-Cookie"));
    }

    private static Response webSso(String ssoToken) {
        return given().header("X-Lienlac-Csrf", "1").auth().oauth2(ssoToken).contentType("application/json")
                .body("{\"deviceName\": \"Trình duyệt\"}").post("/api/v1/auth/web/sso");
    }

    private static ValidatableResponse me(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/auth/me").then();
    }

    private static ValidatableResponse assertRejected(String token) {
        return me(token).statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    /** A staff row named by the realm's code for this run ({@code <prefix>-<suffix>}), created once. */
    /** The staff member's school code (the existing one when an earlier test created them). */
    private String staff(String prefix, String role, boolean active) {
        String code = realm.staffCode(prefix);
        if (schools.count("SELECT count(*) FROM staff WHERE staff_code = $1", code) > 0) {
            return pool.preparedQuery("SELECT s.code FROM staff t JOIN school s ON s.id = t.school_id"
                    + " WHERE t.staff_code = $1").execute(Tuple.of(code))
                    .await().atMost(TIMEOUT).iterator().next().getString(0);
        }
        String school = schools.newSchool();
        pool.preparedQuery("INSERT INTO staff (staff_code, district_office_id, school_id, full_name, name_search, role,"
                        + " phone, active, deactivated_at) SELECT $1, district_office_id, id, $2, lower($2), $3, $4, $5,"
                        + " CASE WHEN $5 THEN NULL ELSE now() END FROM school WHERE code = $6")
                .execute(Tuple.from(new Object[] {code, "Cán bộ " + code, role, PeopleFixtures.phone(), active,
                        school}))
                .await().atMost(TIMEOUT);
        return school;
    }

    /** An access token from Keycloak's token endpoint (resource-owner password grant, as a test shortcut). */
    private String ssoToken(String client, String username) {
        String form = "grant_type=password&scope=openid&client_id=" + encode(client) + "&username=" + encode(username)
                + "&password=" + encode(realm.password());
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm.url() + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), () -> "Keycloak token endpoint: " + response.body());
            return new JsonObject(response.body()).getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak token endpoint unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject claims(String jwt) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

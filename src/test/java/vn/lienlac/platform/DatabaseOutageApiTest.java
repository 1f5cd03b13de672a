package vn.lienlac.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;
import vn.lienlac.platform.devdb.DevDatabase;

/**
 * Issue 15, weaker spots: during a database outage REST answered 500. Now: 503 problem JSON with {@code Retry-After}
 * and code {@code DATABASE_UNAVAILABLE}, also where the session check of a signed-in caller is what fails (a 401
 * there would make clients sign out), and the service recovers by itself when the database is back.
 *
 * <p>The application reaches the shared test PostgreSQL through a {@link DatabaseProxy} that the test cuts: the
 * server keeps running for the other test classes, the application sees exactly what a lost database looks like
 * (its connections dropped, new ones refused), and the same proxy brings it back to prove recovery. Stopping the
 * shared server would break the other classes of the JVM; a reactive URL to a closed port from the start would not
 * let Quarkus start (its start-up work reads the database) nor show recovery.
 */
@QuarkusTest
@TestProfile(DatabaseOutageApiTest.ThroughProxy.class)
class DatabaseOutageApiTest {

    static final DatabaseProxy.DatabaseProxyMBean PROXY = DatabaseProxy.shared();

    /** The reactive datasource goes through the proxy; Flyway (JDBC, start-up only) straight to the server. */
    public static class ThroughProxy implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            PROXY.up();
            int server = DevDatabase.start(Optional.empty());
            return Map.of(
                    "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + PROXY.getPort() + "/postgres",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + server + "/postgres",
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        }
    }

    @Inject
    TestSessions sessions;

    @AfterEach
    void databaseBack() {
        PROXY.up();
    }

    @Test
    void restAnswers503WithRetryAfterWhileTheDatabaseIsDownAndRecovers() {
        admin().statusCode(200);
        String teacher = sessions.open(null, null, Set.of(Roles.TEACHER)).accessToken();
        given().auth().oauth2(teacher).get("/api/v1/auth/me").then().statusCode(200);

        PROXY.down();

        unavailable(admin());
        // the token is fine, only its session cannot be checked: 503, not 401
        unavailable(given().auth().oauth2(teacher).get("/api/v1/auth/me").then());
        unavailable(given().contentType(ContentType.JSON).body(Map.of("phone", "0912345678"))
                .post("/api/v1/auth/otp/request").then());

        PROXY.up();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin().statusCode(200));
        given().auth().oauth2(teacher).get("/api/v1/auth/me").then().statusCode(200);
    }

    private static ValidatableResponse admin() {
        return given().auth().oauth2("test-admin-token").get("/api/v1/directory/districts").then();
    }

    private static void unavailable(ValidatableResponse response) {
        response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .header("Cache-Control", "no-store")
                .body("code", equalTo("DATABASE_UNAVAILABLE"))
                .body("detail", equalTo("Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít phút."))
                .body("correlationId", not(emptyOrNullString()));
    }
}

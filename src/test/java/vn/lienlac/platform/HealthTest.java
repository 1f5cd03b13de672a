package vn.lienlac.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Health and metrics live on the management interface, which the Service and ingress never expose. */
@QuarkusTest
class HealthTest {

    private static String management(String path) {
        // the management server listens on a random port in tests; Quarkus publishes the one it took
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }

    @Test
    void readinessIncludesTheDatabaseAndIsUp() {
        given().when().get(management("/q/health/ready"))
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Reactive PostgreSQL connections health check"));
    }

    @Test
    void prometheusMetricsAreServedOnTheManagementPort() {
        given().when().get(management("/q/metrics")).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void databaseClientsHaveNamedMetrics() {
        String metrics = given().when().get(management("/q/metrics")).then().statusCode(200).extract().asString();
        // the pool and the chat bus's own LISTEN connection, each under its name; nothing left unnamed (m__*)
        assertTrue(metrics.contains("postgresql_queue_size{clientName=\"<default>\",clientType=\"sql\"}"), metrics);
        assertTrue(metrics.contains("postgresql_current{clientName=\"chat-bus\",clientType=\"sql\"}"), metrics);
        assertFalse(metrics.lines().anyMatch(line -> line.startsWith("m__")), "unnamed client metrics");
    }

    @Test
    void theWebAppsFilesShareOneUriTagSoApiRoutesKeepTheirs() {
        for (String file : new String[] {"/app/main.js", "/app/routes.js", "/app/core/api.js", "/app/inbox/inbox.js"}) {
            given().when().get(file).then().statusCode(200);
        }
        given().when().get("/api/v1/auth/me").then().statusCode(401);
        String metrics = given().when().get(management("/q/metrics")).then().statusCode(200).extract().asString();
        List<String> uris = metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count"))
                .map(line -> line.replaceAll(".*uri=\"([^\"]*)\".*", "$1")).toList();
        assertTrue(uris.contains("/app/{file}"), uris.toString());
        assertFalse(uris.stream().anyMatch(uri -> uri.endsWith(".js")), uris.toString());
        assertTrue(uris.contains("/api/v1/auth/me"), uris.toString());
    }

    @Test
    void everyRouteFitsUnderTheUriTagCap() {
        int cap = ConfigProvider.getConfig().getValue("quarkus.micrometer.binder.http-server.max-uri-tags", Integer.class);
        Map<String, Object> paths = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        // the API's routes, the web app's two, the chat socket, the root and Micrometer's own (NOT_FOUND, REDIRECTION…)
        assertTrue(paths.size() + 10 <= cap / 2, paths.size() + " routes: raise max-uri-tags in application.properties");
    }

    @Test
    void healthAndMetricsAreNotServedOnTheApiPort() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(404);
    }
}

package vn.lienlac.directives.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.schools;
import static vn.lienlac.directives.Bodies.withReport;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;

/** Bidi controls and lone surrogates in directives and report answers are refused (docs/directives.md). */
@QuarkusTest
class DirectiveUnsafeTextApiTest {

    @Inject
    DirectiveScenes scenes;

    @Inject
    Pool pool;

    private Scene scene;

    @BeforeEach
    void scene() {
        scene = scenes.create();
    }

    @Test
    void aSubjectWithARightToLeftOverrideIsRefusedAndNothingIsSent() {
        String number = "RLO-" + UUID.randomUUID();
        Map<String, Object> body = directive(schools(scene.unit("A")), null, false);
        body.put("documentNumber", number);
        body.put("subject", "Kế hoạch \u202Efdp.exe");

        scene.as("officer").body(body).post("/districts/" + scene.unit("D1")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("subject"));
        assertEquals(0, directives(number));
    }

    @Test
    void aLoneSurrogateInTheBodyIsRefusedAndNothingIsSent() {
        String number = "HALF-" + UUID.randomUUID();
        Map<String, Object> body = directive(schools(scene.unit("A")), null, false);
        body.put("documentNumber", number);
        body.put("body", "BODY");
        String json = new JsonObject(body).encode().replace("\"BODY\"", "\"Kính gửi \\ud800 các trường\"");

        scene.as("officer").body(json.getBytes(StandardCharsets.UTF_8)).post("/districts/" + scene.unit("D1"))
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("body"));
        assertEquals(0, directives(number));
    }

    @Test
    void aReportAnswerWithABidiControlInItsTextOrFiguresIsRefused() {
        long id = scene.as("officer")
                .body(withReport(directive(schools(scene.unit("A")), null, false),
                        Instant.now().plus(2, ChronoUnit.DAYS)))
                .post("/districts/" + scene.unit("D1")).then().statusCode(201).extract().jsonPath().getLong("id");

        scene.as("pA").body(Map.of("text", "Đã kích hoạt \u2067100%\u2069 tài khoản", "figures", Map.of()))
                .put("/" + id + "/reports/" + scene.unit("A")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("text"));
        scene.as("pA").body(Map.of("text", "Đã triển khai", "figures", Map.of("ghi chú", List.of("\u202E001"))))
                .put("/" + id + "/reports/" + scene.unit("A")).then().statusCode(400)
                .body("errors.field", contains("figures"));
        assertEquals(0, pool.preparedQuery("SELECT count(*) FROM directive_report WHERE directive_id = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0));
    }

    private long directives(String number) {
        return pool.preparedQuery("SELECT count(*) FROM directive WHERE document_number = $1")
                .execute(Tuple.of(number)).await().indefinitely().iterator().next().getLong(0);
    }
}

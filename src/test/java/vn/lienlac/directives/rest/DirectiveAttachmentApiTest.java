package vn.lienlac.directives.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.forward;
import static vn.lienlac.directives.Bodies.groups;
import static vn.lienlac.directives.Bodies.schools;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;

/** Files of directives: uploaded first, attached by the send, served to whoever may open the directive. */
@QuarkusTest
class DirectiveAttachmentApiTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    DirectiveScenes scenes;

    private Scene scene;

    @BeforeEach
    void scene() {
        scene = scenes.create();
    }

    @Test
    void recipientsAndForwardRecipientsDownloadTheOriginalsFile() {
        String file = upload("officer", "260-PGD-VP.pdf");
        Map<String, Object> body = new HashMap<>(directive(schools(scene.unit("A"), scene.unit("B")), null, false));
        body.put("attachments", List.of(file));
        long id = scene.as("officer").body(body).post("/districts/" + scene.unit("D1")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long child = scene.as("pA").body(forward("Thực hiện.", groups("TEACHERS"), null))
                .post("/" + id + "/forwards").then().statusCode(201).extract().jsonPath().getLong("id");

        scene.as("tA1").get("/" + child).then().statusCode(200)
                .body("forwardedFrom.attachments.fileName", contains("260-PGD-VP.pdf"))
                .body("attachments", equalTo(List.of()));
        for (String person : List.of("pB", "tA1", "officer")) {
            byte[] content = download(person, file).then().statusCode(200)
                    .header("Content-Type", "application/pdf").extract().asByteArray();
            assertArrayEquals(PDF, content, person);
        }
        download("pC", file).then().statusCode(404);
        download("officer2", file).then().statusCode(404);
        download("nurseA", file).then().statusCode(404);
    }

    @Test
    void fileCanBeAttachedOnceAndOnlyByItsUploader() {
        String file = upload("pA", null);
        Map<String, Object> body = new HashMap<>(directive(groups("TEACHERS"), null, false));
        body.put("attachments", List.of(file));

        scene.as("vpA").body(body).post("/schools/" + scene.unit("A")).then().statusCode(400)
                .body("errors.field", contains("attachments"));
        scene.as("pA").body(body).post("/schools/" + scene.unit("A")).then().statusCode(201);
        scene.as("pA").body(body).post("/schools/" + scene.unit("A")).then().statusCode(400);
    }

    @Test
    void fileThatIsNotWhatItClaimsIsRefused() {
        given().auth().oauth2(scene.token("pA")).contentType("application/pdf")
                .body("<html>".getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/directives/attachments").then().statusCode(415)
                .contentType("application/problem+json");
    }

    private String upload(String person, String fileName) {
        var request = given().auth().oauth2(scene.token(person)).contentType("application/pdf").body(PDF);
        if (fileName != null) {
            request.queryParam("fileName", fileName);
        }
        return request.post("/api/v1/directives/attachments").then().statusCode(201).extract().jsonPath()
                .getString("id");
    }

    private io.restassured.response.Response download(String person, String id) {
        return given().auth().oauth2(scene.token(person)).get("/api/v1/directives/attachments/" + id);
    }
}

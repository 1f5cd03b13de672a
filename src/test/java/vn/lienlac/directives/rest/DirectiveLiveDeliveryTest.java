package vn.lienlac.directives.rest;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.schools;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ws.ChatClient;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;
import vn.lienlac.identity.otp.TestClock;

/**
 * A directive reaches a connected principal live, as an item of their chat inbox, and their client's delivered mark
 * shows in the sender's tracking.
 */
@QuarkusTest
class DirectiveLiveDeliveryTest {

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    DirectiveScenes scenes;

    private final TestClock clock = new TestClock();
    private Scene scene;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(clock, Clock.class);
        scene = scenes.create();
    }

    @Test
    void connectedPrincipalGetsTheDirectiveLiveAndTheirDeliveredMarkReachesTheSender() {
        Instant deadline = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        try (ChatClient client = ChatClient.connect(uri, scene.token("pA"))) {
            client.sync(new JsonObject());
            long id = scene.as("officer").body(directive(schools(scene.unit("A"), scene.unit("B")), deadline, true))
                    .post("/districts/" + scene.unit("D1")).then().statusCode(201).extract().jsonPath().getLong("id");

            JsonObject item = client.await(frame -> "item".equals(frame.getString("kind"))
                    && frame.getJsonObject("data").getLong("directiveId") == id);
            assertEquals("Văn bản số 260/PGD-VP ngày 15/09/2020: Triển khai sổ liên lạc điện tử Liên Lạc. Vui lòng "
                    + "xác nhận trước " + DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
                            .format(deadline.atZone(ZoneId.of("Asia/Ho_Chi_Minh"))) + ".", item.getString("text"));
            assertEquals(new JsonObject().put("topic", "directive").put("directiveId", id).put("event", "received"),
                    item.getJsonObject("data"));

            String ref = "d-" + System.nanoTime();
            client.send(new JsonObject().put("type", "delivered").put("ref", ref)
                    .put("conversationId", item.getLong("conversationId")).put("seq", item.getLong("seq")));
            assertEquals("ack", client.answer(ref).getString("type"));

            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    scene.as("officer").get("/" + id + "/tracking").then().statusCode(200)
                            .body("recipients.staffCode", contains(scene.staffCode("pA"), scene.staffCode("pB")))
                            .body("recipients.state", contains("DELIVERED", "SENT")));
        }
    }
}

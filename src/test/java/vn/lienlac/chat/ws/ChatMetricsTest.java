package vn.lienlac.chat.ws;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;

/**
 * The figures the alerts and the dashboard read (k8s monitoring): open connections, and the send→ack time of every
 * stored message as a Prometheus histogram.
 */
@QuarkusTest
class ChatMetricsTest {

    private static final Pattern ACK_COUNT = Pattern.compile("(?m)^lienlac_chat_send_ack_seconds_count(?:\\{[^}]*})? (\\S+)");

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Test
    void everyStoredMessageIsTimedFromItsSendFrameToItsAck() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        double before = ackCount(metrics());
        try (ChatClient client = ChatClient.connect(uri, teacher.token())) {
            for (int i = 0; i < 3; i++) {
                JsonObject answer = client.sendMessage(direct, "metric-" + i, "Tin " + i);
                assertEquals("ack", answer.getString("type"), answer.encode());
            }
            String during = metrics();
            assertTrue(ackCount(during) >= before + 3, during);
            assertTrue(during.contains("lienlac_chat_send_ack_seconds_bucket{le=\"0.25\"}"), 
                    () -> "a bucket at the alert's 250 ms: " + during.lines()
                            .filter(l -> l.startsWith("lienlac_chat_send_ack_seconds_bucket")).toList());
            assertTrue(during.matches("(?s).*\\nlienlac_chat_connections(\\{[^}]*})? [1-9].*"), "open connections");
        }
    }

    private static double ackCount(String metrics) {
        Matcher m = ACK_COUNT.matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String metrics() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return given().get("http://localhost:" + port + "/q/metrics").then().statusCode(200).extract().asString();
    }
}

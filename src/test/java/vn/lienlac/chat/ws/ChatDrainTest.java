package vn.lienlac.chat.ws;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;

/**
 * Issue 21, item 1: on SIGTERM the pod drains its chat connections before the HTTP server stops. The drain is started
 * the way SIGTERM starts it: Quarkus's pre-shutdown phase fires {@link ShutdownDelayInitiatedEvent}. One drain per
 * pod, so the tests share it: the first to need it connects {@link #CLIENTS} raw clients and fires the event.
 */
@QuarkusTest
@TestProfile(ChatDrainProfile.class)
class ChatDrainTest {

    private static final int CLIENTS = 12;
    private static Drained drained;

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Inject
    ChatSessions sessions;

    @Inject
    Event<ShutdownDelayInitiatedEvent> shutdown;

    /** The clients' close frames, the drain's start, and a guardian's token for upgrades during the drain. */
    record Drained(List<RawCloseClient.Close> closes, long startNanos, String token) {
    }

    @Test
    void everyConnectionGetsA1012CloseFrameWithAReconnectHint() {
        for (RawCloseClient.Close close : drained().closes()) {
            assertEquals(1012, close.code(), "close code on the wire");
            assertTrue(close.reason().contains("reconnect"), "reconnect hint in the reason: " + close.reason());
        }
    }

    @Test
    void closesAreSpreadOverTheWindowNotSentAtOnce() {
        Drained d = drained();
        long window = TimeUnit.MILLISECONDS.toNanos(ChatDrainProfile.WINDOW_MILLIS);
        List<Long> offsets = d.closes().stream().map(c -> c.atNanos() - d.startNanos()).sorted().toList();
        long span = offsets.get(offsets.size() - 1) - offsets.get(0);
        // evenly spread, the first and last of 12 closes lie 11/12 of the window apart
        assertTrue(span >= window * 6 / 10, "closes span " + span / 1_000_000 + " ms of a "
                + ChatDrainProfile.WINDOW_MILLIS + " ms window");
        // and no quarter of the window holds more than half of them (all at once would put them in one)
        int[] quarters = new int[4];
        offsets.forEach(o -> quarters[(int) Math.min(3, Math.max(0, o * 4 / window))]++);
        for (int q = 0; q < 4; q++) {
            assertTrue(quarters[q] <= CLIENTS / 2, "closes per quarter of the window: " + List.of(quarters[0],
                    quarters[1], quarters[2], quarters[3]));
        }
    }

    @Test
    void upgradesDuringTheDrainGet503WithRetryAfter() throws Exception {
        String head = RawCloseClient.refusal(uri, drained().token());
        assertTrue(head.startsWith("HTTP/1.1 503"), head);
        assertTrue(head.toLowerCase().contains("retry-after: 1"), head);
    }

    @Test
    void readinessIsDownDuringTheDrain() {
        drained();
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        given().when().get("http://localhost:" + port + "/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'chat-drain' }.status", equalTo("DOWN"))
                .body("checks.name", hasItem(ChatDrainCheck.NAME));
    }

    private synchronized Drained drained() {
        if (drained != null) {
            return drained;
        }
        try {
            List<RawCloseClient> clients = new ArrayList<>();
            String token = null;
            for (int i = 0; i < CLIENTS; i++) {
                Person parent = chat.guardian("Phụ huynh " + i);
                token = parent.token();
                clients.add(RawCloseClient.open(uri, parent.token()));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> sessions.openCount() == CLIENTS);
            long start = System.nanoTime();
            CompletableFuture.runAsync(() -> shutdown.fire(new ShutdownDelayInitiatedEvent()));
            List<RawCloseClient.Close> closes = new ArrayList<>();
            for (RawCloseClient client : clients) {
                closes.add(client.close.get(60, TimeUnit.SECONDS));
                client.close();
            }
            drained = new Drained(closes, start, token);
            return drained;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

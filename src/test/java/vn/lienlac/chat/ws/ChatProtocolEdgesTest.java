package vn.lienlac.chat.ws;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.identity.otp.TestClock;

/**
 * The protocol's edges (docs/protocol.md, version 1.1): what an error frame names, the order around a refused send
 * and around {@code synced}, starting at the newest event, and what {@code welcome} tells a client.
 */
@QuarkusTest
class ChatProtocolEdgesTest {

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Test
    void welcomeNamesTheMinorVersionAndThePersonsLimits() {
        try (ChatClient b = ChatClient.connect(uri, chat.guardian("Trần Thị Mai").token())) {
            JsonObject welcome = b.frames.get(0);
            assertEquals(1, welcome.getInteger("protocol"));
            assertEquals(1, welcome.getInteger("minor"));
            JsonObject limits = welcome.getJsonObject("limits");
            assertEquals(400, limits.getInteger("personSendsPerSecond")); // the test profile's limits
            assertEquals(800, limits.getInteger("personSendBurst"));
            assertEquals(200, limits.getInteger("sendsPerSecond"));
            assertEquals(5, limits.getInteger("maxConnectionsPerPerson"));
        }
    }

    @Test
    void anErrorFrameAnsweringASendNamesItsClientIdEvenWithoutRef() {
        Person teacher = chat.teacher("Lê Văn Hùng");
        Person mother = chat.guardian("Trần Thị Mai");
        long theirs = chat.conversation("DIRECT", teacher, chat.guardian("Lê Văn Nam"));
        try (ChatClient b = ChatClient.connect(uri, mother.token())) {
            b.sync(new JsonObject());
            b.send(new JsonObject().put("type", "send").put("conversationId", theirs).put("clientId", "not-mine")
                    .put("text", "Chào anh"));
            JsonObject refused = b.await(f -> "error".equals(f.getString("type")));
            assertEquals("NOT_A_MEMBER", refused.getString("code"));
            assertEquals("not-mine", refused.getString("clientId"));
            assertNull(refused.getString("ref"));
            b.send(new JsonObject().put("type", "send").put("ref", "e2").put("conversationId", theirs)
                    .put("clientId", "empty"));
            JsonObject invalid = b.answer("e2");
            assertEquals("INVALID_FIELD", invalid.getString("code"));
            assertEquals("empty", invalid.getString("clientId"));
            b.send(new JsonObject().put("type", "send").put("ref", "e3").put("conversationId", theirs)
                    .put("clientId", "has spaces").put("text", "x"));
            JsonObject badId = b.answer("e3");
            assertEquals("clientId", badId.getString("field"));
            assertNull(badId.getString("clientId"), "an invalid clientId is not echoed");
        }
    }

    @Test
    void afterARefusedSendNoLaterSendIsAcceptedUntilRetryAfterHasPassed() {
        TestClock clock = new TestClock(); // stands still: the token buckets refill only when the test says
        QuarkusMock.installMockForType(clock, Clock.class);
        Person teacher = chat.teacher("Lê Văn Hùng");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient b = ChatClient.connect(uri, mother.token())) {
            b.sync(new JsonObject());
            int burst = b.frames.get(0).getJsonObject("limits").getInteger("sendBurst");
            for (int i = 1; i <= burst; i++) {
                b.send(send(direct, "m" + i));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> acks(b) == burst);
            JsonObject refused = sendAndAnswer(b, direct, "m" + (burst + 1));
            assertEquals("RATE_LIMITED", refused.getString("code"));
            assertEquals("m" + (burst + 1), refused.getString("clientId"));
            long retryAfter = refused.getLong("retryAfterMs");
            assertTrue(retryAfter > 0);
            // A later send while the refused one waits is refused too, so it cannot overtake it.
            assertEquals("RATE_LIMITED", sendAndAnswer(b, direct, "m" + (burst + 2)).getString("code"));
            clock.advance(Duration.ofMillis(retryAfter));
            JsonObject first = sendAndAnswer(b, direct, "m" + (burst + 1));
            assertEquals("ack", first.getString("type"));
            JsonObject next = sendAndAnswer(b, direct, "m" + (burst + 2));
            assertEquals("RATE_LIMITED", next.getString("code"));
            clock.advance(Duration.ofMillis(next.getLong("retryAfterMs")));
            JsonObject second = sendAndAnswer(b, direct, "m" + (burst + 2));
            assertEquals(first.getLong("seq") + 1, second.getLong("seq"));
            assertEquals(LongStream.rangeClosed(1, burst + 2L).boxed().toList(), b.seqs(direct));
        }
    }

    @Test
    void everyEventUpToSyncedsLastSeqComesBeforeItAndLaterOnesExactlyOnce() {
        Person teacher = chat.teacher("Lê Văn Hùng");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient a = ChatClient.connect(uri, teacher.token());
                ChatClient b = ChatClient.connect(uri, mother.token())) {
            a.sync(new JsonObject());
            for (int i = 1; i <= 40; i++) {
                a.send(send(direct, "before" + i));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> acks(a) == 40);
            // 50 more are stored while b syncs.
            CompletableFuture<Void> during = CompletableFuture.runAsync(() -> {
                for (int i = 1; i <= 50; i++) {
                    a.send(send(direct, "during" + i));
                }
            });
            b.send(new JsonObject().put("type", "sync").put("ref", "s").put("cursors", new JsonObject()));
            during.join();
            await().atMost(Duration.ofSeconds(30)).until(() -> b.seqs(direct).size() >= 90);
            assertEquals(LongStream.rangeClosed(1, 90).boxed().toList(), b.seqs(direct));
            int syncedAt = indexOf(b, f -> "synced".equals(f.getString("type")));
            long lastSeq = b.frames.get(syncedAt).getJsonArray("conversations").getJsonObject(0).getLong("lastSeq");
            assertTrue(lastSeq >= 40);
            for (int i = 0; i < b.frames.size(); i++) {
                JsonObject frame = b.frames.get(i);
                if ("event".equals(frame.getString("type")) && frame.getLong("seq") <= lastSeq) {
                    assertTrue(i < syncedAt, "event " + frame.getLong("seq") + " came after synced");
                }
            }
        }
    }

    @Test
    void syncFromLatestStartsConversationsWithoutACursorAtTheirNewestEvent() {
        Person teacher = chat.teacher("Lê Văn Hùng");
        Person mother = chat.guardian("Trần Thị Mai");
        long quiet = chat.conversation("DIRECT", teacher, mother);
        long resumed = chat.conversation("CUSTOM", teacher, mother);
        try (ChatClient a = ChatClient.connect(uri, teacher.token());
                ChatClient b = ChatClient.connect(uri, mother.token())) {
            a.sync(new JsonObject());
            for (int i = 1; i <= 5; i++) {
                a.send(send(quiet, "q" + i));
                a.send(send(resumed, "r" + i));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> acks(a) == 10);
            b.send(new JsonObject().put("type", "sync").put("ref", "s").put("from", "latest")
                    .put("cursors", new JsonObject().put(String.valueOf(resumed), 3)));
            JsonObject synced = b.await(f -> "synced".equals(f.getString("type")) && "s".equals(f.getString("ref")));
            JsonArray conversations = synced.getJsonArray("conversations");
            assertEquals(2, conversations.size());
            assertEquals(List.of(), b.seqs(quiet), "no history without a cursor");
            assertEquals(List.of(4L, 5L), b.seqs(resumed), "a cursor still replays what it missed");
            a.send(send(quiet, "q6"));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.seqs(quiet).equals(List.of(6L)));
            b.send(new JsonObject().put("type", "sync").put("ref", "bad").put("from", "oldest"));
            JsonObject invalid = b.answer("bad");
            assertEquals("INVALID_FIELD", invalid.getString("code"));
            assertEquals("from", invalid.getString("field"));
        }
    }

    private static JsonObject send(long conversationId, String clientId) {
        return new JsonObject().put("type", "send").put("ref", clientId).put("conversationId", conversationId)
                .put("clientId", clientId).put("text", "Tin " + clientId);
    }

    /** Sends with a fresh ref and returns its answer. */
    private static JsonObject sendAndAnswer(ChatClient client, long conversationId, String clientId) {
        String ref = clientId + "-" + System.nanoTime();
        client.send(send(conversationId, clientId).put("ref", ref));
        return client.answer(ref);
    }

    private static long acks(ChatClient client) {
        return client.frames.stream().filter(f -> "ack".equals(f.getString("type"))).count();
    }

    private static int indexOf(ChatClient client, java.util.function.Predicate<JsonObject> match) {
        for (int i = 0; i < client.frames.size(); i++) {
            if (match.test(client.frames.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such frame");
    }
}

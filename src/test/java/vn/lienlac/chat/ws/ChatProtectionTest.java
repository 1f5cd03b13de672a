package vn.lienlac.chat.ws;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;

/** Bad input, bad callers and slow readers (docs/protocol.md, "Heartbeats, limits and close codes"). */
@QuarkusTest
class ChatProtectionTest {

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Test
    void malformedAndUnknownFramesGetErrorFramesAndTheConnectionStaysOpen() {
        Person mother = chat.guardian("Trần Thị Mai");
        try (ChatClient b = ChatClient.connect(uri, mother.token())) {
            b.send("{not json");
            assertEquals("MALFORMED_FRAME", b.await(f -> "error".equals(f.getString("type"))).getString("code"));
            b.send("[1,2]");
            b.send("{\"type\":\"dance\",\"ref\":\"u1\"}");
            assertEquals("UNKNOWN_TYPE", b.answer("u1").getString("code"));
            b.send("{\"type\":\"send\",\"ref\":\"s1\",\"conversationId\":\"twelve\",\"clientId\":\"a\",\"text\":\"x\"}");
            JsonObject invalid = b.answer("s1");
            assertEquals("INVALID_FIELD", invalid.getString("code"));
            assertEquals("conversationId", invalid.getString("field"));
            b.send("{\"type\":\"ping\",\"ref\":\"p1\"}");
            assertNotNull(b.await(f -> "pong".equals(f.getString("type")) && "p1".equals(f.getString("ref"))));
            assertEquals(null, b.closeCode);
        }
    }

    @Test
    void aFrameOverTheLimitEndsOnlyThatConnection() {
        Person mother = chat.guardian("Trần Thị Mai");
        try (ChatClient b = ChatClient.connect(uri, mother.token())) {
            String big = "{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70_000) + "\"}";
            b.socket.writeFrame(WebSocketFrame.textFrame(big, true));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.closeCode != null);
        }
        try (ChatClient again = ChatClient.connect(uri, mother.token())) {
            assertNotNull(again.sync(new JsonObject()));
        }
    }

    private static long answers(ChatClient client) {
        return client.frames.stream().filter(frame -> frame.getString("ref") != null
                && frame.getString("ref").startsWith("big")).count();
    }

    @Test
    void anUpgradeWithoutATokenIsRefusedWith401() {
        Throwable refusal = ChatClient.refusal(uri, null, null);
        assertNotNull(refusal);
        assertTrue(refusal.getMessage().contains("401"), refusal.getMessage());
    }

    @Test
    void theAdminTokenIsNotAChatPersonAndGets403() {
        Throwable refusal = ChatClient.refusal(uri, "test-admin-token", null);
        assertNotNull(refusal);
        assertTrue(refusal.getMessage().contains("403"), refusal.getMessage());
    }

    @Test
    void aBrowserFromAForeignOriginIsRefusedWith403() {
        Person mother = chat.guardian("Trần Thị Mai");
        Throwable refusal = ChatClient.refusal(uri, mother.token(), "https://evil.example");
        assertNotNull(refusal);
        assertTrue(refusal.getMessage().contains("403"), refusal.getMessage());
    }

    @Test
    void aClientThatStopsReadingIsClosedWith4008WhileOthersKeepReceiving() throws Exception {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person maths = chat.teacher("Phạm Văn Bình");
        Person music = chat.teacher("Đỗ Thị Hoa");
        Person slow = chat.guardian("Phụ Huynh Chậm");
        Person fast = chat.guardian("Phụ Huynh Nhanh");
        long group = chat.conversation("CUSTOM", teacher, maths, music, slow, fast);
        // ~12 KB of UTF-8 per message: 600 of them are more than the kernel buffers between the two ends hold.
        String page = "ộ".repeat(3990);
        try (StalledClient s = new StalledClient(uri, slow.token());
                ChatClient f = ChatClient.connect(uri, fast.token())) {
            f.sync(new JsonObject());
            long stored = 0;
            for (Person sender : List.of(teacher, maths, music)) {
                try (ChatClient a = ChatClient.connect(uri, sender.token())) {
                    for (int i = 1; i <= 200; i++) {
                        a.send(new JsonObject().put("type", "send").put("ref", "big" + i).put("conversationId", group)
                                .put("clientId", "big" + i).put("text", page));
                    }
                    await().atMost(Duration.ofSeconds(60)).until(() -> answers(a) == 200);
                    stored += a.frames.stream().filter(frame -> "ack".equals(frame.getString("type"))).count();
                }
            }
            long all = stored;
            assertTrue(all >= 450, "stored " + all);
            await().atMost(Duration.ofSeconds(60)).until(() -> f.seqs(group).size() == all);
            int[] got = s.drain(60_000);
            assertEquals(4008, got[1], "close code after " + got[0] + " events");
            assertTrue(got[0] < all, "the stalled client was closed before it got everything");
        }
    }
}

package vn.lienlac.chat.ws;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
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
    void aMessageOverTheLimitGetsAnErrorFrameAndNothingElseIsLost() {
        Person teacher = chat.teacher("Lê Văn Hùng");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient b = ChatClient.connect(uri, mother.token())) {
            b.sync(new JsonObject());
            JsonObject first = b.sendMessage(direct, "first", "Chào cô ạ");
            assertEquals("ack", first.getString("type"));
            // One frame over 64 KiB, then one message in two fragments that are over it together.
            b.socket.writeFrame(WebSocketFrame.textFrame(send(direct, "whole", "x".repeat(70_000)), true));
            String parts = send(direct, "parts", "y".repeat(70_000));
            b.socket.writeFrame(WebSocketFrame.textFrame(parts.substring(0, 40_000), false));
            b.socket.writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer(parts.substring(40_000)), true));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.frames.stream()
                    .filter(f -> "FRAME_TOO_LARGE".equals(f.getString("code"))).count() == 2);
            JsonObject second = b.sendMessage(direct, "second", "Cảm ơn cô");
            assertEquals("ack", second.getString("type"));
            assertEquals(first.getLong("seq") + 1, second.getLong("seq"));
            assertNull(b.closeCode);
        }
        assertEquals(2, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1 AND type = 'MESSAGE'",
                direct));
    }

    @Test
    void aFrameOverTheHardLimitEndsOnlyThatConnection() {
        Person mother = chat.guardian("Trần Thị Mai");
        try (ChatClient b = ChatClient.connect(uri, mother.token());
                ChatClient other = ChatClient.connect(uri, chat.guardian("Lê Thị Hoa").token())) {
            b.socket.writeFrame(WebSocketFrame.textFrame(
                    "{\"type\":\"ping\",\"pad\":\"" + "x".repeat(140_000) + "\"}", true));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.closeCode != null);
            other.send("{\"type\":\"ping\",\"ref\":\"still-here\"}");
            assertNotNull(other.await(f -> "pong".equals(f.getString("type"))));
            assertNull(other.closeCode);
        }
        try (ChatClient again = ChatClient.connect(uri, mother.token())) {
            assertNotNull(again.sync(new JsonObject()));
        }
    }

    private static String send(long conversationId, String clientId, String text) {
        return new JsonObject().put("type", "send").put("ref", clientId).put("conversationId", conversationId)
                .put("clientId", clientId).put("text", text).encode();
    }

    @Test
    void aConnectionIsClosedWith1008WhenItsAccessTokenExpires() {
        Person mother = chat.guardian("Trần Thị Mai");
        String token = chat.shortLivedToken(mother, Duration.ofSeconds(10));
        try (ChatClient b = ChatClient.connect(uri, token)) {
            b.sync(new JsonObject());
            await().atMost(Duration.ofSeconds(40)).until(() -> b.closeCode != null);
            assertEquals(1008, b.closeCode.intValue());
        }
    }

    @Test
    void signingOutClosesThatSessionsConnectionWith1008AndNoOther() {
        Person mother = chat.guardian("Trần Thị Mai");
        String otherDevice = chat.shortLivedToken(mother, Duration.ofHours(1));
        try (ChatClient phone = ChatClient.connect(uri, mother.token());
                ChatClient tablet = ChatClient.connect(uri, otherDevice)) {
            phone.sync(new JsonObject());
            tablet.sync(new JsonObject());
            given().auth().oauth2(mother.token()).post("/api/v1/auth/logout").then().statusCode(204);
            // Re-checked every second in tests (every 30 s by default).
            await().atMost(Duration.ofSeconds(15)).until(() -> phone.closeCode != null);
            assertEquals(1008, phone.closeCode.intValue());
            tablet.send("{\"type\":\"ping\",\"ref\":\"still-here\"}");
            assertNotNull(tablet.await(f -> "pong".equals(f.getString("type"))));
            assertEquals(null, tablet.closeCode);
        }
    }

    @Test
    void anUpgradeWithoutATokenIsRefusedWith401() {
        Throwable refusal = ChatClient.refusal(uri, null, null);
        assertNotNull(refusal);
        assertTrue(refusal.getMessage().contains("401"), refusal.getMessage());
    }

    @Test
    void anUpgradeWithATamperedTokenIsRefusedWith401() {
        String token = chat.guardian("Trần Thị Mai").token();
        int dot = token.lastIndexOf('.');
        String forged = token.substring(0, dot + 1) + new StringBuilder(token.substring(dot + 1)).reverse();
        Throwable refusal = ChatClient.refusal(uri, forged, null);
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
}

package vn.lienlac.chat.ws;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.fanout.Hub;

/** Bad input, bad callers and slow readers (docs/protocol.md, "Heartbeats, limits and close codes"). */
@QuarkusTest
class ChatProtectionTest {

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Inject
    Hub hub;

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

    @Test
    void anUpgradeWithoutTheChatSubprotocolIsRefusedWith400() {
        Person mother = chat.guardian("Trần Thị Mai");
        Throwable refusal = ChatClient.refusal(uri, mother.token(), null, false);
        assertNotNull(refusal);
        assertTrue(refusal.getMessage().contains("400"), refusal.getMessage());
    }

    @Test
    void aBrowserCarryingItsTokenInASubprotocolIsAnsweredWithTheChatSubprotocol() {
        Person mother = chat.guardian("Trần Thị Mai");
        try (ChatClient browser = ChatClient.openAsBrowser(uri, mother.token())) {
            assertNotNull(browser.await(f -> "welcome".equals(f.getString("type"))));
            assertEquals("lienlac.chat.v1", browser.subprotocol());
            assertNotNull(browser.sync(new JsonObject()));
        }
    }

    @Test
    void aPersonsConnectionOverTheCapIsRefusedWith4010AndTheOthersStay() {
        Person mother = chat.guardian("Trần Thị Mai");
        String tablet = chat.shortLivedToken(mother, Duration.ofHours(1));
        List<ChatClient> devices = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) { // the default cap: lienlac.chat.max-connections-per-person=5
                devices.add(ChatClient.connect(uri, i % 2 == 0 ? mother.token() : tablet));
            }
            try (ChatClient sixth = ChatClient.open(uri, tablet)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> sixth.closeCode != null);
                assertEquals(4010, sixth.closeCode.intValue());
                assertTrue(sixth.frames.isEmpty(), "refused before welcome");
            }
            for (ChatClient device : devices) {
                device.send("{\"type\":\"ping\",\"ref\":\"still-here\"}");
                assertNotNull(device.await(f -> "pong".equals(f.getString("type"))));
                assertNull(device.closeCode);
            }
            // Someone else is not counted against her, and a closed connection frees its place.
            try (ChatClient other = ChatClient.connect(uri, chat.guardian("Lê Thị Hoa").token())) {
                assertNull(other.closeCode);
            }
            devices.remove(0).close();
            await().atMost(Duration.ofSeconds(10)).until(() -> hub.connections(mother.participant()) == 4);
            devices.add(ChatClient.connect(uri, mother.token()));
            assertNotNull(devices.get(4).sync(new JsonObject()));
        } finally {
            devices.forEach(ChatClient::close);
        }
    }

    @Test
    void thousandsOfRefusedFramesGetNoMoreErrorFramesThanTheLimitThenA4030Close() {
        Person mother = chat.guardian("Trần Thị Mai");
        try (ChatClient b = ChatClient.connect(uri, mother.token())) {
            // Before sync the connection follows nothing: each typing frame is refused with NOT_A_MEMBER.
            String typing = "{\"type\":\"typing\",\"conversationId\":1}";
            for (int i = 0; i < 5_000 && b.closeCode == null; i++) {
                b.socket.writeTextMessage(typing);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> b.closeCode != null);
            assertEquals(4030, b.closeCode.intValue());
            long errors = b.frames.stream().filter(f -> "error".equals(f.getString("type"))).count();
            // The error budget is sendBurst (200 in tests) plus what refills at sendsPerSecond while they arrive.
            assertTrue(errors >= 200 && errors < 1_000, errors + " error frames");
        }
        try (ChatClient again = ChatClient.connect(uri, mother.token())) {
            assertNotNull(again.sync(new JsonObject()));
        }
    }

    @Test
    void theUpgradeAnswers503WithRetryAfterWhileSessionsCannotBeChecked() {
        Person mother = chat.guardian("Trần Thị Mai");
        // The upgrade reads the token's sign-in session (SessionCheckAugmentor); a table that cannot be read
        // stands for a database that does not answer.
        chat.execute("ALTER TABLE auth_session RENAME TO auth_session_away");
        try {
            Throwable refusal = ChatClient.refusal(uri, mother.token(), null);
            UpgradeRejectedException rejected = assertInstanceOf(UpgradeRejectedException.class, refusal);
            assertEquals(503, rejected.getStatus());
            assertEquals("5", rejected.getHeaders().get("Retry-After"));
        } finally {
            chat.execute("ALTER TABLE auth_session_away RENAME TO auth_session");
        }
        try (ChatClient again = ChatClient.connect(uri, mother.token())) {
            assertNotNull(again.sync(new JsonObject()));
        }
    }
}

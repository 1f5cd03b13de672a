package vn.lienlac.chat.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;

/**
 * Bidi controls, invisible characters and lone surrogates in message texts, sent as an attacker would
 * (docs/protocol.md, "Characters refused and removed").
 */
@QuarkusTest
class ChatUnsafeTextTest {

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Test
    void aMessageWithARightToLeftOverrideIsRefusedAndNothingIsStored() {
        asMotherInDirect((b, direct) -> {
            JsonObject refused = b.sendMessage(direct, "rlo", "Bài tập của con: \u202Efdp.exe");

            assertEquals("error", refused.getString("type"));
            assertEquals("INVALID_FIELD", refused.getString("code"));
            assertEquals("text", refused.getString("field"));
            assertEquals(0, messages(direct));
            assertEquals("ack", b.sendMessage(direct, "plain", "Chào cô ạ").getString("type"));
            assertNull(b.closeCode);
        });
    }

    @Test
    void aMessageOfInvisibleCharactersOnlyIsRefusedAsEmpty() {
        asMotherInDirect((b, direct) -> {
            JsonObject refused = b.sendMessage(direct, "blank", "\u200B\u200C\u200D\u2060\uFEFF\u3164");

            assertEquals("INVALID_FIELD", refused.getString("code"));
            assertEquals("text", refused.getString("field"));
            assertEquals(0, messages(direct));
        });
    }

    @Test
    void aLoneSurrogateEscapedInTheJsonIsRefusedAndNothingIsStored() {
        asMotherInDirect((b, direct) -> {
            b.send("{\"type\":\"send\",\"ref\":\"s1\",\"conversationId\":" + direct
                    + ",\"clientId\":\"half\",\"text\":\"Chào cô \\ud800 ạ\"}");
            JsonObject refused = b.answer("s1");

            assertEquals("INVALID_FIELD", refused.getString("code"));
            assertEquals("text", refused.getString("field"));
            assertEquals(0, messages(direct));
        });
    }

    @Test
    void zeroWidthCharactersAreRemovedButAnEmojiKeepsItsJoiners() {
        asMotherInDirect((b, direct) -> {
            JsonObject ack = b.sendMessage(direct, "zw", "Chào\u200B cô\u2060 ạ 👨\u200D👩\u200D👧");

            assertEquals("ack", ack.getString("type"));
            assertEquals(1, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1"
                    + " AND type = 'MESSAGE' AND body = $2", direct, "Chào cô ạ 👨\u200D👩\u200D👧"));
        });
    }

    @Test
    void anEditWithABidiControlOrALoneSurrogateIsRefusedAndTheMessageUnchanged() {
        asMotherInDirect((b, direct) -> {
            long seq = b.sendMessage(direct, "first", "Cô ơi, con xin nghỉ ạ").getLong("seq");
            b.send(new JsonObject().put("type", "edit").put("ref", "e1").put("conversationId", direct)
                    .put("seq", seq).put("text", "Cô ơi, con \u2067xin nghỉ\u2069 ạ"));
            b.send("{\"type\":\"edit\",\"ref\":\"e2\",\"conversationId\":" + direct + ",\"seq\":" + seq
                    + ",\"text\":\"\\udfff\"}");

            for (String ref : new String[] {"e1", "e2"}) {
                JsonObject refused = b.answer(ref);
                assertEquals("INVALID_FIELD", refused.getString("code"), ref);
                assertEquals("text", refused.getString("field"), ref);
            }
            assertEquals(0, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1"
                    + " AND type = 'EDITED'", direct));
        });
    }

    /** The mother of a pupil, signed in and synced, in a direct conversation with the pupil's teacher. */
    private void asMotherInDirect(BiConsumer<ChatClient, Long> scenario) {
        Person teacher = chat.teacher("Lê Văn Hùng");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient b = ChatClient.connect(uri, mother.token())) {
            b.sync(new JsonObject());
            scenario.accept(b, direct);
        }
    }

    private long messages(long conversationId) {
        return chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1 AND type = 'MESSAGE'",
                conversationId);
    }
}

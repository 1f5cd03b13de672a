package vn.lienlac.chat.ws;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;

/** Recalls, edits, receipts and typing over real connections. */
@QuarkusTest
class ChatEventsTest {

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Test
    void aRecalledMessageIsANewEventAndReplaysAsRecalled() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient a = ChatClient.connect(uri, teacher.token());
                ChatClient b = ChatClient.connect(uri, mother.token())) {
            b.sync(new JsonObject());
            long seq = a.sendMessage(direct, "oops", "Nhầm nhóm rồi").getLong("seq");
            a.send(new JsonObject().put("type", "recall").put("ref", "rc").put("conversationId", direct)
                    .put("seq", seq));
            assertEquals(seq + 1, a.answer("rc").getLong("seq"));
            JsonObject recalled = b.await(f -> "recalled".equals(f.getString("kind")));
            assertEquals(seq, recalled.getLong("targetSeq"));
            JsonObject notYours = sendRecall(b, direct, seq, "rc2");
            assertEquals("NOT_YOURS", notYours.getString("code"));
        }
        try (ChatClient late = ChatClient.connect(uri, mother.token())) {
            late.sync(new JsonObject().put(String.valueOf(direct), 0));
            JsonObject replayed = late.events(direct).get(0);
            assertTrue(replayed.getBoolean("recalled"));
            assertNull(replayed.getString("text"));
        }
    }

    @Test
    void anEditReplacesTheTextForEveryoneAndOnReplay() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient a = ChatClient.connect(uri, teacher.token())) {
            long seq = a.sendMessage(direct, "e1", "Họp phụ huynh lúc 7 giờ").getLong("seq");
            a.send(new JsonObject().put("type", "edit").put("ref", "ed").put("conversationId", direct)
                    .put("seq", seq).put("text", "Họp phụ huynh lúc 8 giờ"));
            assertEquals("ack", a.answer("ed").getString("type"));
        }
        try (ChatClient b = ChatClient.connect(uri, mother.token())) {
            b.sync(new JsonObject());
            assertEquals("Họp phụ huynh lúc 8 giờ", b.events(direct).get(0).getString("text"));
            assertEquals("edited", b.events(direct).get(1).getString("kind"));
        }
    }

    @Test
    void readReceiptsMoveTheWatermarkAndReachTheSender() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient a = ChatClient.connect(uri, teacher.token());
                ChatClient b = ChatClient.connect(uri, mother.token())) {
            a.sync(new JsonObject());
            b.sync(new JsonObject());
            a.sendMessage(direct, "m1", "Con đã đến lớp an toàn.");
            long seq = a.sendMessage(direct, "m2", "Chiều nay con có tiết thể dục.").getLong("seq");
            b.send(new JsonObject().put("type", "read").put("ref", "rd").put("conversationId", direct)
                    .put("seq", seq));
            assertEquals("ack", b.answer("rd").getString("type"));
            JsonObject receipt = a.await(f -> "receipt".equals(f.getString("type")));
            assertEquals(mother.participant(), receipt.getString("participant"));
            assertEquals(seq, receipt.getLong("readSeq"));
            b.send(new JsonObject().put("type", "read").put("ref", "back").put("conversationId", direct)
                    .put("seq", 1));
            b.answer("back");
        }
        assertEquals(2, chat.count("SELECT read_seq FROM conversation_member WHERE conversation_id = $1 "
                + "AND participant = $2", direct, mother.participant()));
    }

    @Test
    void typingReachesTheOthersAndIsNeverStored() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient a = ChatClient.connect(uri, teacher.token());
                ChatClient b = ChatClient.connect(uri, mother.token())) {
            a.sync(new JsonObject());
            b.sync(new JsonObject());
            b.send(new JsonObject().put("type", "typing").put("conversationId", direct));
            JsonObject typing = a.await(f -> "typing".equals(f.getString("type")));
            assertEquals(mother.participant(), typing.getString("participant"));
            assertFalse(b.frames.stream().anyMatch(f -> "typing".equals(f.getString("type"))));
        }
        assertEquals(0, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1", direct));
        assertEquals(0, chat.count("SELECT last_seq FROM conversation WHERE id = $1", direct));
    }

    private static JsonObject sendRecall(ChatClient client, long conversationId, long seq, String ref) {
        client.send(new JsonObject().put("type", "recall").put("ref", ref).put("conversationId", conversationId)
                .put("seq", seq));
        return client.answer(ref);
    }
}

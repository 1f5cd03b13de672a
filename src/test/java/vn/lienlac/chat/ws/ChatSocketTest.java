package vn.lienlac.chat.ws;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;

/** Messages over real WebSocket connections, stored in real PostgreSQL (docs/protocol.md). */
@QuarkusTest
class ChatSocketTest {

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Test
    void everyMemberReceivesTheConversationInSequenceOrder() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        Person father = chat.guardian("Lê Văn Nam");
        long group = chat.conversation("CUSTOM", teacher, mother, father);
        try (ChatClient a = ChatClient.connect(uri, teacher.token());
                ChatClient b = ChatClient.connect(uri, mother.token());
                ChatClient c = ChatClient.connect(uri, father.token())) {
            List.of(a, b, c).forEach(client -> client.sync(new JsonObject()));
            for (int i = 1; i <= 20; i++) {
                a.send(send(group, "t" + i, "Tin số " + i));
                b.send(send(group, "m" + i, "Phụ huynh " + i));
            }
            List<Long> expected = LongStream.rangeClosed(1, 40).boxed().toList();
            for (ChatClient client : List.of(a, b, c)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> client.seqs(group).size() >= 40);
                assertEquals(expected, client.seqs(group));
            }
            List<String> teacherTexts = c.events(group).stream()
                    .filter(e -> teacher.participant().equals(e.getString("sender")))
                    .map(e -> e.getString("text")).toList();
            assertEquals(LongStream.rangeClosed(1, 20).mapToObj(i -> "Tin số " + i).toList(), teacherTexts);
        }
    }

    @Test
    void everyAckCarriesItsOwnSequenceNumberWhenABatchSpansConversations() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        Person father = chat.guardian("Lê Văn Nam");
        long first = chat.conversation("DIRECT", teacher, mother);
        long second = chat.conversation("DIRECT", teacher, father);
        try (ChatClient a = ChatClient.connect(uri, teacher.token())) {
            a.sync(new JsonObject());
            for (int i = 1; i <= 30; i++) {
                long conversation = i % 2 == 0 ? first : second;
                a.send(send(conversation, "x" + i, "Tin " + i).put("ref", "x" + i));
            }
            for (int i = 1; i <= 30; i++) {
                String clientId = "x" + i;
                JsonObject ack = a.answer(clientId);
                JsonObject event = a.await(f -> "event".equals(f.getString("type"))
                        && clientId.equals(f.getString("clientId")));
                assertEquals(event.getLong("seq"), ack.getLong("seq"), clientId);
                assertEquals(event.getLong("conversationId"), ack.getLong("conversationId"), clientId);
                assertEquals("Tin " + i, event.getString("text"));
            }
        }
    }

    @Test
    void aRetriedSendGetsTheFirstAckAndStoresNothingNew() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient a = ChatClient.connect(uri, teacher.token())) {
            JsonObject first = a.sendMessage(direct, "c-42", "Cô nhắc các con mang áo mưa.");
            JsonObject retry = a.sendMessage(direct, "c-42", "Cô nhắc các con mang áo mưa.");
            assertEquals("ack", first.getString("type"));
            assertFalse(first.getBoolean("duplicate"));
            assertEquals("ack", retry.getString("type"));
            assertTrue(retry.getBoolean("duplicate"));
            assertEquals(first.getLong("seq"), retry.getLong("seq"));
            assertEquals(first.getString("sentAt"), retry.getString("sentAt"));
        }
        assertEquals(1, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1 AND type = 'MESSAGE'",
                direct));
    }

    @Test
    void aDroppedClientResumesFromItsCursorWithoutGapOrDuplicate() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient a = ChatClient.connect(uri, teacher.token())) {
            a.sync(new JsonObject());
            long cursor;
            try (ChatClient b = ChatClient.connect(uri, mother.token())) {
                b.sync(new JsonObject());
                for (int i = 1; i <= 5; i++) {
                    a.sendMessage(direct, "before-" + i, "Trước " + i);
                }
                await().until(() -> b.seqs(direct).size() == 5);
                cursor = b.seqs(direct).get(4);
                b.drop();
            }
            for (int i = 1; i <= 7; i++) {
                a.sendMessage(direct, "after-" + i, "Sau " + i);
            }
            try (ChatClient b = ChatClient.connect(uri, mother.token())) {
                JsonObject synced = b.sync(new JsonObject().put(String.valueOf(direct), cursor));
                assertEquals(LongStream.rangeClosed(6, 12).boxed().toList(), b.seqs(direct));
                assertEquals(12, synced.getJsonArray("conversations").getJsonObject(0).getLong("lastSeq"));
                a.sendMessage(direct, "live", "Trực tiếp");
                await().until(() -> b.seqs(direct).size() == 8);
                assertEquals(LongStream.rangeClosed(6, 13).boxed().toList(), b.seqs(direct));
            }
        }
    }

    @Test
    void aLongAbsenceIsReplayedAsAGapThenTheNewestEvents() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient a = ChatClient.connect(uri, teacher.token())) {
            for (int i = 1; i <= 130; i++) {
                a.send(send(direct, "n" + i, "Tin " + i));
            }
            await().until(() -> chat.count("SELECT last_seq FROM conversation WHERE id = $1", direct) == 130);
        }
        try (ChatClient b = ChatClient.connect(uri, mother.token())) {
            b.sync(new JsonObject().put(String.valueOf(direct), 10));
            JsonObject gap = b.await(f -> "gap".equals(f.getString("type")));
            assertEquals(10, gap.getLong("afterSeq"));
            assertEquals(31, gap.getLong("beforeSeq"));
            assertEquals(LongStream.rangeClosed(31, 130).boxed().toList(), b.seqs(direct));
        }
    }

    @Test
    void aStrangerCannotSendToAConversationTheyAreNotIn() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        Person stranger = chat.guardian("Người Lạ");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient s = ChatClient.connect(uri, stranger.token())) {
            JsonObject synced = s.sync(new JsonObject().put(String.valueOf(direct), 0));
            assertTrue(synced.getJsonArray("conversations").isEmpty());
            JsonObject answer = s.sendMessage(direct, "x1", "Chào chị");
            assertEquals("error", answer.getString("type"));
            assertEquals("NOT_A_MEMBER", answer.getString("code"));
            assertNotNull(s.sync(new JsonObject()));
        }
        assertEquals(0, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1", direct));
    }

    @Test
    void textIsStoredNfcAndOverlongTextIsRefused() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        String nfd = Normalizer.normalize("Cô ơi, cháu Minh xin nghỉ ốm ạ", Normalizer.Form.NFD);
        try (ChatClient b = ChatClient.connect(uri, mother.token())) {
            b.sync(new JsonObject());
            b.sendMessage(direct, "nfd", nfd);
            JsonObject event = b.await(f -> "event".equals(f.getString("type")) && "nfd".equals(f.getString("clientId")));
            assertEquals(Normalizer.normalize(nfd, Normalizer.Form.NFC), event.getString("text"));
            // As sent: the event frame escapes non-ASCII characters (docs/protocol.md), so it is pure ASCII.
            String raw = b.texts.stream().filter(t -> t.contains("\"clientId\":\"nfd\"") && t.contains("\"event\""))
                    .findFirst().orElseThrow();
            assertTrue(raw.chars().allMatch(c -> c < 128), raw);
            assertTrue(raw.contains("C\\u00F4 \\u01A1i"), raw);
            JsonObject tooLong = b.sendMessage(direct, "long", "ạ".repeat(4001));
            assertEquals("TEXT_TOO_LONG", tooLong.getString("code"));
        }
        assertEquals(1, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1 AND body = $2",
                direct, Normalizer.normalize(nfd, Normalizer.Form.NFC)));
    }

    private static JsonObject send(long conversationId, String clientId, String text) {
        return new JsonObject().put("type", "send").put("conversationId", conversationId).put("clientId", clientId)
                .put("text", text);
    }
}

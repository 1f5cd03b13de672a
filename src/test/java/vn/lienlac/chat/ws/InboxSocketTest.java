package vn.lienlac.chat.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.inbox.InboxItem;
import vn.lienlac.chat.inbox.InboxMarks;
import vn.lienlac.chat.inbox.InboxPosition;
import vn.lienlac.chat.inbox.InboxPosts;
import vn.lienlac.chat.inbox.Inboxes;

/** Inbox items (posted by notices and directives) over real connections: live, on resume, corrected, withdrawn. */
@QuarkusTest
class InboxSocketTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ABSENT = "Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, không có phép.";
    private static final String DATA = "{\"topic\":\"notice\",\"category\":\"ATTENDANCE\",\"noticeId\":7}";

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Inject
    Inboxes inboxes;

    @Inject
    InboxPosts inbox;

    @Test
    void aConnectedOwnerGetsANewItemLiveWithItsTextAndData() {
        Person mother = chat.guardian("Trần Thị Mai");
        try (ChatClient client = ChatClient.connect(uri, mother.token())) {
            client.sync(new JsonObject());
            InboxPosition position = post(InboxItem.post(mother.participant(), ABSENT, DATA, false)).get(0);
            JsonObject item = client.await(f -> "item".equals(f.getString("kind")));
            assertEquals(position.conversationId(), item.getLong("conversationId"));
            assertEquals(position.seq(), item.getLong("seq"));
            assertEquals(ABSENT, item.getString("text"));
            assertEquals(new JsonObject(DATA), item.getJsonObject("data"));
            assertFalse(item.getBoolean("silent"));
            assertNull(item.getString("sender"));
        }
    }

    @Test
    void anOfflineOwnerGetsItemsOnResumeAndASilentItemSaysSo() {
        Person mother = chat.guardian("Trần Thị Mai");
        List<InboxPosition> positions = post(InboxItem.post(mother.participant(), ABSENT, DATA, false),
                InboxItem.post(mother.participant(), "Bản tin tổng hợp", DATA, true));
        long inbox = positions.get(0).conversationId();
        assertEquals(positions.get(0).seq() + 1, positions.get(1).seq());
        try (ChatClient client = ChatClient.connect(uri, mother.token())) {
            client.sync(new JsonObject().put(String.valueOf(inbox), 0));
            List<JsonObject> events = client.events(inbox);
            assertEquals(List.of("member_joined", "item", "item"),
                    events.stream().map(e -> e.getString("kind")).toList());
            assertFalse(events.get(1).getBoolean("silent"));
            assertTrue(events.get(2).getBoolean("silent"));
        }
    }

    @Test
    void aCorrectionIsANewEventAndTheItemReplaysCorrected() {
        Person mother = chat.guardian("Trần Thị Mai");
        InboxPosition first = post(InboxItem.post(mother.participant(), ABSENT, DATA, false)).get(0);
        String corrected = "Đính chính: Con Nguyễn Văn An (lớp 6A1) vắng mặt buổi sáng ngày 15/09/2025, có phép.";
        String correctedData = "{\"topic\":\"notice\",\"category\":\"ATTENDANCE\",\"noticeId\":7,\"excused\":true}";
        try (ChatClient client = ChatClient.connect(uri, mother.token())) {
            client.sync(new JsonObject().put(String.valueOf(first.conversationId()), first.seq()));
            InboxPosition correction = post(InboxItem.correct(mother.participant(), first.seq(), corrected,
                    correctedData, false)).get(0);
            JsonObject live = client.await(f -> "item_corrected".equals(f.getString("kind")));
            assertEquals(correction.seq(), live.getLong("seq"));
            assertEquals(first.seq(), live.getLong("targetSeq"));
            assertEquals(corrected, live.getString("text"));
        }
        try (ChatClient late = ChatClient.connect(uri, mother.token())) {
            late.sync(new JsonObject().put(String.valueOf(first.conversationId()), first.seq() - 1));
            JsonObject replayed = late.events(first.conversationId()).get(0);
            assertEquals(corrected, replayed.getString("text"));
            assertEquals(new JsonObject(correctedData), replayed.getJsonObject("data"));
            assertNotNull(replayed.getString("editedAt"));
        }
    }

    @Test
    void aWithdrawnItemLosesItsTextAndDataOnReplay() {
        Person mother = chat.guardian("Trần Thị Mai");
        InboxPosition first = post(InboxItem.post(mother.participant(), ABSENT, DATA, false)).get(0);
        post(InboxItem.withdraw(mother.participant(), first.seq()));
        try (ChatClient client = ChatClient.connect(uri, mother.token())) {
            client.sync(new JsonObject().put(String.valueOf(first.conversationId()), first.seq() - 1));
            List<JsonObject> events = client.events(first.conversationId());
            assertTrue(events.get(0).getBoolean("recalled"));
            assertNull(events.get(0).getString("text"));
            assertNull(events.get(0).getValue("data"));
            assertEquals("item_withdrawn", events.get(1).getString("kind"));
            assertEquals(first.seq(), events.get(1).getLong("targetSeq"));
        }
    }

    @Test
    void nobodyCanSendIntoAnInboxAndReadMarksShowInTheWatermarks() {
        Person mother = chat.guardian("Trần Thị Mai");
        InboxPosition item = post(InboxItem.post(mother.participant(), ABSENT, DATA, false)).get(0);
        try (ChatClient client = ChatClient.connect(uri, mother.token())) {
            client.sync(new JsonObject());
            JsonObject refused = client.sendMessage(item.conversationId(), "x1", "Cảm ơn cô");
            assertEquals("READ_ONLY", refused.getString("code"));
            client.send(new JsonObject().put("type", "read").put("ref", "rd")
                    .put("conversationId", item.conversationId()).put("seq", item.seq()));
            assertEquals("ack", client.answer("rd").getString("type"));
        }
        Map<String, InboxMarks> marks = inboxes.marks(List.of(mother.participant(), "g:999999999"))
                .await().atMost(TIMEOUT);
        assertTrue(marks.get(mother.participant()).read(item.seq()));
        assertEquals(item.seq(), marks.get(mother.participant()).lastSeq());
        assertEquals(new InboxMarks("g:999999999", 0, 0, 0, 0), marks.get("g:999999999"));
        assertEquals(1, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1 "
                + "AND type IN ('MESSAGE', 'ITEM')", item.conversationId()));
    }

    @Test
    void correctingSomethingThatIsNotAnItemRollsTheWholeAppendBack() {
        Person mother = chat.guardian("Trần Thị Mai");
        InboxPosition item = post(InboxItem.post(mother.participant(), ABSENT, DATA, false)).get(0);
        assertThrows(IllegalArgumentException.class, () -> post(
                InboxItem.post(mother.participant(), "Tin thứ hai", DATA, false),
                InboxItem.correct(mother.participant(), item.seq() + 5, "Đính chính", DATA, false)));
        assertEquals(item.seq(), chat.count("SELECT last_seq FROM conversation WHERE id = $1",
                item.conversationId()));
    }

    private List<InboxPosition> post(InboxItem... items) {
        return inbox.post(items);
    }
}

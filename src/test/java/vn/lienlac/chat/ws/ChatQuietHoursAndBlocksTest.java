package vn.lienlac.chat.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;

/** Teachers' quiet hours and guardians' blocks on the send path. */
@QuarkusTest
class ChatQuietHoursAndBlocksTest {

    private static final String NOTICE = "Cô sẽ trả lời tin nhắn trong giờ làm việc.";

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Test
    void outsideOfficeHoursAGuardiansMessageArrivesSilentlyAndTheNoticeIsShownOnce() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        // Open on no day of the week: always closed.
        chat.execute("INSERT INTO chat_office_hours (staff_id, weekdays, opens_at, closes_at, notice, updated_at) "
                + "VALUES ($1, '{}', '07:00', '17:00', $2, now())", id(teacher), NOTICE);
        try (ChatClient t = ChatClient.connect(uri, teacher.token());
                ChatClient m = ChatClient.connect(uri, mother.token())) {
            t.sync(new JsonObject());
            m.sync(new JsonObject());
            m.sendMessage(direct, "q1", "Cô ơi, mai cháu nghỉ ạ.");
            JsonObject notice = m.await(f -> "notice".equals(f.getString("type")));
            assertEquals(NOTICE, notice.getString("text"));
            assertEquals("QUIET_HOURS", notice.getString("code"));
            m.sendMessage(direct, "q2", "Cháu bị sốt ạ.");
            JsonObject silent = t.await(f -> "q2".equals(f.getString("clientId")));
            assertTrue(silent.getBoolean("silent"));
            assertTrue(t.await(f -> "q1".equals(f.getString("clientId"))).getBoolean("silent"));
            assertFalse(m.await(f -> "event".equals(f.getString("type")) && "q2".equals(f.getString("clientId")))
                    .getBoolean("silent"));
            assertEquals(1, m.frames.stream().filter(f -> "notice".equals(f.getString("type"))).count());
            t.sendMessage(direct, "reply", "Cô biết rồi, chúc cháu mau khỏe.");
            assertFalse(m.await(f -> "reply".equals(f.getString("clientId"))).getBoolean("silent"));
        }
    }

    @Test
    void aBlockedGuardianCanNoLongerSendDirectMessagesToTheBlocker() {
        Person mai = chat.guardian("Trần Thị Mai");
        Person nam = chat.guardian("Lê Văn Nam");
        long direct = chat.conversation("DIRECT", mai, nam);
        try (ChatClient n = ChatClient.connect(uri, nam.token())) {
            assertEquals("ack", n.sendMessage(direct, "b1", "Chào chị").getString("type"));
            chat.execute("INSERT INTO chat_block (blocker, blocked, created_at) VALUES ($1, $2, now())",
                    mai.participant(), nam.participant());
            assertEquals("BLOCKED", n.sendMessage(direct, "b2", "Chị ơi?").getString("code"));
        }
        try (ChatClient m = ChatClient.connect(uri, mai.token())) {
            assertEquals("ack", m.sendMessage(direct, "m1", "Tôi vẫn gửi được.").getString("type"));
        }
        assertEquals(2, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1", direct));
    }

    private static long id(Person staff) {
        return Long.parseLong(staff.participant().substring(2));
    }
}

package vn.lienlac.chat.ws;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.membership.ChatDirectory;
import vn.lienlac.chat.membership.SampleSchool;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.session.TestSessions;

/** Open connections follow the directory: an import that moves a child moves the parent's live subscriptions. */
@QuarkusTest
class ChatMembershipSocketTest {

    private static final Logger LOG = Logger.getLogger(ChatMembershipSocketTest.class);

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    TestSchools schools;

    @Inject
    ChatDirectory directory;

    @Inject
    TestSessions sessions;

    @Test
    void aParentWhoseChildMovesClassStopsReceivingTheOldGroupAtOnceAndCannotReplayIt() {
        SampleSchool school = SampleSchool.create(schools, directory);
        String father4 = directory.guardian(school.father4);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.classGroup(school.code, "6A1", "CLASS") != null
                && directory.members(directory.classGroup(school.code, "6A1", "CLASS")).contains(father4));
        long group6A1 = directory.classGroup(school.code, "6A1", "CLASS");
        String homeroomToken = sessions.open(school.staffPhones.get(school.homeroom), school.homeroom, Set.of())
                .accessToken();
        String fatherToken = sessions.open(school.father4, null, Set.of()).accessToken();
        long cursor;
        try (ChatClient teacher = ChatClient.connect(uri, homeroomToken);
                ChatClient father = ChatClient.connect(uri, fatherToken)) {
            teacher.sync(new JsonObject());
            father.sync(new JsonObject().put(String.valueOf(group6A1), directory.lastSeq(group6A1)));
            teacher.sendMessage(group6A1, "before", "Thứ Hai lớp mình chào cờ lúc 7 giờ.");
            await().until(() -> father.events(group6A1).stream().anyMatch(e -> "before".equals(e.getString("clientId"))));

            long importedAt = System.nanoTime();
            directory.importStudents(school.code, "snapshot", school.studentRows().stream()
                    .map(row -> row.get("studentCode").equals(school.s4) ? moved(row, "6A2") : row).toList());
            JsonObject left = father.await(e -> "member_left".equals(e.getString("kind"))
                    && e.getLong("conversationId") == group6A1 && father4.equals(e.getString("subject")));
            LOG.infof("member_left reached the open connection %d ms after the import returned",
                    (System.nanoTime() - importedAt) / 1_000_000);
            cursor = left.getLong("seq");

            teacher.sendMessage(group6A1, "after", "Tin nhắn sau khi con chuyển lớp.");
            teacher.await(e -> "event".equals(e.getString("type")) && "after".equals(e.getString("clientId")));
            assertFalse(father.events(group6A1).stream().anyMatch(e -> "after".equals(e.getString("clientId"))));
            long group6A2 = directory.classGroup(school.code, "6A2", "CLASS");
            father.await(e -> "member_joined".equals(e.getString("kind")) && e.getLong("conversationId") == group6A2);
        }
        try (ChatClient father = ChatClient.connect(uri, fatherToken)) {
            JsonObject synced = father.sync(new JsonObject().put(String.valueOf(group6A1), cursor - 1));
            assertTrue(synced.getJsonArray("conversations").stream()
                    .noneMatch(c -> ((JsonObject) c).getLong("id") == group6A1));
            assertEquals(0, father.events(group6A1).size());
            assertEquals("NOT_A_MEMBER", father.sendMessage(group6A1, "x", "Cô ơi").getString("code"));
        }
    }

    @Test
    void aParentRemovedFromTheDirectoryByAnImportIsClosedWith4003() {
        SampleSchool school = SampleSchool.create(schools, directory);
        String father4 = directory.guardian(school.father4);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.classGroup(school.code, "6A1", "CLASS") != null
                && directory.members(directory.classGroup(school.code, "6A1", "CLASS")).contains(father4));
        long group6A1 = directory.classGroup(school.code, "6A1", "CLASS");
        String fatherToken = sessions.open(school.father4, null, Set.of()).accessToken();
        try (ChatClient father = ChatClient.connect(uri, fatherToken)) {
            father.sync(new JsonObject().put(String.valueOf(group6A1), directory.lastSeq(group6A1)));
            // S4, father4's only child, is no longer in the school's list: both are deactivated.
            directory.importStudents(school.code, "snapshot", school.studentRows().stream()
                    .filter(row -> !row.get("studentCode").equals(school.s4)).toList());
            father.await(e -> "member_left".equals(e.getString("kind")) && father4.equals(e.getString("subject")));
            await().atMost(Duration.ofSeconds(10)).until(() -> father.closeCode != null);
            assertEquals(4003, father.closeCode.intValue());
        }
    }

    private static Map<String, Object> moved(Map<String, Object> row, String className) {
        Map<String, Object> copy = new java.util.HashMap<>(row);
        copy.put("className", className);
        return copy;
    }
}

package vn.lienlac.chat.ws;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatError;
import vn.lienlac.chat.membership.ChatDirectory;
import vn.lienlac.directory.sync.rollover.RolloverScene;
import vn.lienlac.directory.sync.rollover.RolloverScene.Scene;
import vn.lienlac.identity.session.TestSessions;

/**
 * The new school year in chat (docs/chat-groups.md, "New school year"): after the rollover import, last year's class
 * group is read-only history for the members it had, and the new class has a group of its own.
 */
@QuarkusTest
class ClosedClassGroupTest {

    private static final String CLOSED_TITLE = "Lớp 6A1 — Năm học 2025-2026 (đã kết thúc)";

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    RolloverScene scenes;

    @Inject
    ChatDirectory directory;

    @Inject
    TestSessions sessions;

    @Test
    void lastYearsGroupKeepsItsHistoryAndMembersButTakesNoMessagesAndTheNewClassHasItsOwnGroup() {
        Scene s = scenes.lastYear();
        long group6A1 = directory.classGroup(s.school(), "6A1", "CLASS");
        String teacherToken = sessions.open(s.homeroomPhone(), s.homeroom(), Set.of()).accessToken();
        String fatherToken = sessions.open(s.father1(), null, Set.of()).accessToken();
        long summerSeq;
        try (ChatClient teacher = ChatClient.connect(uri, teacherToken)) {
            teacher.sync(new JsonObject());
            JsonObject ack = teacher.sendMessage(group6A1, "summer", "Chúc các em nghỉ hè vui vẻ!");
            assertEquals("ack", ack.getString("type"));
            summerSeq = ack.getLong("seq");
        }
        Set<String> lastYearsMembers = directory.members(group6A1);

        scenes.rollover(s, false).then().statusCode(200);

        Set<String> newClass = Set.of(directory.guardian(s.father1()), directory.guardian(s.mother4()),
                directory.guardian(s.father5()));
        await().atMost(Duration.ofSeconds(30)).until(() -> newClass.equals(
                directory.members(directory.classGroup(s.school(), "7A1", "CLASS"))));
        long group7A1 = directory.classGroup(s.school(), "7A1", "CLASS");
        Set<String> stayed = new TreeSet<>(lastYearsMembers);
        stayed.remove(directory.guardian(s.mother2())); // her only child left the school: she leaves every group
        assertEquals(stayed, directory.members(group6A1), "the closed group keeps last year's members");

        try (ChatClient father = ChatClient.connect(uri, fatherToken)) {
            father.sync(new JsonObject().put(String.valueOf(group6A1), 0));
            assertTrue(father.events(group6A1).stream().anyMatch(e -> "summer".equals(e.getString("clientId"))
                    && "Chúc các em nghỉ hè vui vẻ!".equals(e.getString("text"))), "history is readable");

            JsonObject refused = father.sendMessage(group6A1, "late", "Cô ơi, con nhà em lên lớp 7A1 ạ.");
            assertEquals("error", refused.getString("type"));
            assertEquals("CONVERSATION_CLOSED", refused.getString("code"));
            assertEquals(ChatError.CONVERSATION_CLOSED.message(), refused.getString("message"));
            assertEquals("ack", father.sendMessage(group7A1, "hello", "Chào các phụ huynh lớp 7A1!")
                    .getString("type"));
        }
        try (ChatClient teacher = ChatClient.connect(uri, teacherToken)) {
            teacher.sync(new JsonObject());
            assertEquals("CONVERSATION_CLOSED", teacher.sendMessage(group6A1, "after", "Tin nhắn sau năm học.")
                    .getString("code"));
            teacher.send(new JsonObject().put("type", "recall").put("ref", "recall-1")
                    .put("conversationId", group6A1).put("seq", summerSeq));
            assertEquals("CONVERSATION_CLOSED", teacher.answer("recall-1").getString("code"),
                    "a message of a closed group is not recalled either, even inside the recall window");
        }

        given().auth().oauth2(fatherToken).get("/api/v1/chat/conversations").then().statusCode(200)
                .body("find { it.id == " + group6A1 + " }.title", equalTo(CLOSED_TITLE))
                .body("find { it.id == " + group6A1 + " }.closed", equalTo(true))
                .body("find { it.id == " + group7A1 + " }.title", equalTo("Lớp 7A1"))
                .body("find { it.id == " + group7A1 + " }.closed", equalTo(false));
        given().auth().oauth2(fatherToken).get("/api/v1/chat/conversations/{id}/events", group6A1).then()
                .statusCode(200).body("events.clientId", hasItem("summer"));
    }
}

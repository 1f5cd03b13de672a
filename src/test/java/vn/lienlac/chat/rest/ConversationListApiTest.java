package vn.lienlac.chat.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.conversations.ChatRows;
import vn.lienlac.chat.conversations.SchoolScene;
import vn.lienlac.chat.conversations.SchoolScenes;

/** {@code GET /api/v1/chat/conversations}: my conversations, their titles, receipts and unread counts. */
@QuarkusTest
@TestProfile(HandMadeGroups.class)
class ConversationListApiTest {

    @Inject
    SchoolScenes scenes;

    @Inject
    ChatRows chat;

    private SchoolScene scene;

    @BeforeEach
    void scene() {
        scene = scenes.create();
    }

    @Test
    void unreadCountsMessagesByOthersAfterMyReadMarkThatAreStillVisible() {
        long dm = direct("gAn", "hr6");
        Instant at = Instant.now();
        chat.messages(dm, scene.p("hr6"), 3, at);   // 3, 4, 5
        chat.messages(dm, scene.p("gAn"), 1, at);   // 6: my own
        chat.messages(dm, scene.p("hr6"), 3, at);   // 7, 8, 9
        chat.recall(dm, 4);
        chat.hide(dm, 8);
        chat.read(dm, scene.p("gAn"), 3);

        scene.as("gAn").get("/conversations").then().statusCode(200)
                .body("id", contains((int) dm))
                .body("[0].lastSeq", equalTo(9))
                .body("[0].readSeq", equalTo(3))
                .body("[0].deliveredSeq", equalTo(3))
                .body("[0].unread", equalTo(3));
        scene.as("hr6").get("/conversations").then().statusCode(200)
                .body("[0].unread", equalTo(1))
                .body("[0].me", equalTo(scene.p("hr6")));
    }

    @Test
    void eachRowCarriesItsNewestMessageAsItNowReads() {
        long dm = direct("gAn", "hr6");
        long empty = scene.as("hr6").body(Map.of("title", "Nhóm trống", "members", List.of(scene.p("gAn"))))
                .post("/groups").then().statusCode(201).extract().jsonPath().getLong("id");
        chat.messages(dm, scene.p("hr6"), 2, Instant.now());   // 3, 4 after the two member_joined events

        scene.as("gAn").get("/conversations").then().statusCode(200)
                .body("find { it.id == %d }.lastMessage.seq".formatted(dm), equalTo(4))
                .body("find { it.id == %d }.lastMessage.sender".formatted(dm), equalTo(scene.p("hr6")))
                .body("find { it.id == %d }.lastMessage.text".formatted(dm), equalTo("Tin nhắn số 2"))
                .body("find { it.id == %d }.lastMessage.recalled".formatted(dm), equalTo(false))
                .body("find { it.id == %d }.lastMessage".formatted(empty), equalTo(null));

        chat.recall(dm, 4);
        scene.as("gAn").get("/conversations").then().statusCode(200)
                .body("find { it.id == %d }.lastMessage.seq".formatted(dm), equalTo(4))
                .body("find { it.id == %d }.lastMessage.recalled".formatted(dm), equalTo(true))
                .body("find { it.id == %d }.lastMessage".formatted(dm), not(hasKey("text")));
    }

    @Test
    void unreadIsCappedAt999() {
        long dm = direct("gAn", "hr6");
        chat.messages(dm, scene.p("hr6"), 1000, Instant.now());

        scene.as("gAn").get("/conversations").then().statusCode(200)
                .body("[0].unread", equalTo(999))
                .body("[0].lastSeq", equalTo(1002));
    }

    @Test
    void newestActivityComesFirst() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long custom = scene.as("hr6").body(Map.of("title", "Nhóm thử", "members", List.of(scene.p("gAn"))))
                .post("/groups").then().statusCode(201).extract().jsonPath().getLong("id");
        long dm = direct("gAn", "hr6");
        long classGroup = chat.group("CLASS", chat.schoolId(scene.schoolA()), chat.classId(scene.schoolA(), "6A1"),
                scene.p("hr6"), scene.p("gAn"));
        chat.messages(dm, scene.p("hr6"), 1, now.plus(Duration.ofHours(1)));
        chat.messages(classGroup, scene.p("hr6"), 1, now.plus(Duration.ofHours(2)));
        chat.messages(custom, scene.p("hr6"), 1, now.plus(Duration.ofMinutes(30)));

        scene.as("gAn").get("/conversations").then().statusCode(200)
                .body("id", contains((int) classGroup, (int) dm, (int) custom))
                .body("title", contains("Lớp 6A1", "Nguyễn Thu Trang", "Nhóm thử"))
                .body("kind", contains("CLASS", "DIRECT", "CUSTOM"))
                .body("[0].lastActivityAt", equalTo(now.plus(Duration.ofHours(2)).toString()));
    }

    @Test
    void groupTitlesComeFromTheDirectory() {
        long schoolA = chat.schoolId(scene.schoolA());
        chat.group("CLASS_PARENTS", schoolA, chat.classId(scene.schoolA(), "6A1"), scene.p("gAn"));
        chat.group("SCHOOL_STAFF", schoolA, null, scene.p("hr6"));

        scene.as("gAn").get("/conversations").then().statusCode(200)
                .body("title", contains("Phụ huynh lớp 6A1"));
        scene.as("hr6").get("/conversations").then().statusCode(200)
                .body("title", contains("Cán bộ, giáo viên Trường thử nghiệm " + scene.schoolA()));
    }

    @Test
    void conversationsLeftAreNotListed() {
        long group = scene.as("hr6").body(Map.of("title", "Nhóm thử", "members", List.of(scene.p("gAn"))))
                .post("/groups").then().statusCode(201).extract().jsonPath().getLong("id");
        scene.as("gAn").delete("/groups/{id}/members/{p}", group, scene.p("gAn")).then().statusCode(204);

        scene.as("gAn").get("/conversations").then().statusCode(200).body("id", not(hasItem((int) group)));
    }

    @Test
    void aPersonInAConversationTwiceSeesItOnceAsStaff() {
        long group = chat.group("CLASS", chat.schoolId(scene.schoolB()), chat.classId(scene.schoolB(), "6B1"),
                scene.p("m7asParent"), scene.p("m7"), scene.p("tB"));
        chat.messages(group, scene.p("m7asParent"), 2, Instant.now());

        scene.as("m7").get("/conversations").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo((int) group))
                .body("[0].me", equalTo(scene.p("m7")))
                .body("[0].unread", equalTo(0));
    }

    @Test
    void someoneTheDirectoryDoesNotKnowHasNoConversations() {
        scene.as("stranger").get("/conversations").then().statusCode(200).body("$", empty());
    }

    private long direct(String from, String to) {
        return scene.as(from).body(Map.of("with", scene.p(to))).post("/direct").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}

package vn.lienlac.chat.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.conversations.ChatRows;
import vn.lienlac.chat.conversations.SchoolScene;
import vn.lienlac.chat.conversations.SchoolScenes;

/**
 * {@code GET /api/v1/chat/conversations/{id}/events}: pages of history, for active members only. The direct
 * conversation of each test holds 12 events: two joins, then ten messages (seq 3–12).
 */
@QuarkusTest
class EventHistoryApiTest {

    @Inject
    SchoolScenes scenes;

    @Inject
    ChatRows chat;

    private SchoolScene scene;
    private long dm;

    @BeforeEach
    void conversation() {
        scene = scenes.create();
        dm = scene.as("gAn").body(Map.of("with", scene.p("hr6"))).post("/direct").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        chat.messages(dm, scene.p("hr6"), 10, Instant.now());
    }

    @Test
    void afterGivesTheFirstEventsAfterASequenceNumber() {
        page("after=0&limit=5").body("events.seq", contains(1, 2, 3, 4, 5)).body("hasMore", equalTo(true));
        page("after=10&limit=5").body("events.seq", contains(11, 12)).body("hasMore", equalTo(false));
        page("after=12").body("events", hasSize(0)).body("hasMore", equalTo(false));
    }

    @Test
    void beforeGivesTheNewestEventsBeforeASequenceNumber() {
        page("before=12&limit=3").body("events.seq", contains(9, 10, 11)).body("hasMore", equalTo(true));
        page("before=3&limit=5").body("events.seq", contains(1, 2)).body("hasMore", equalTo(false));
        page("before=13&limit=10").body("events.seq", contains(3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
                .body("hasMore", equalTo(true));
    }

    @Test
    void bothGiveTheFirstEventsStrictlyBetween() {
        page("after=2&before=8&limit=3").body("events.seq", contains(3, 4, 5)).body("hasMore", equalTo(true));
        page("after=2&before=6&limit=3").body("events.seq", contains(3, 4, 5)).body("hasMore", equalTo(false));
    }

    @Test
    void withoutBoundsPagesFromTheStartFiftyAtATime() {
        chat.messages(dm, scene.p("hr6"), 50, Instant.now());

        page("").body("events", hasSize(50)).body("events[0].seq", equalTo(1)).body("events[49].seq", equalTo(50))
                .body("hasMore", equalTo(true));
        page("limit=200").body("events", hasSize(62)).body("hasMore", equalTo(false));
    }

    @Test
    void messagesShowTheirCurrentState() {
        chat.recall(dm, 3);

        page("after=2&limit=2")
                .body("events[0].kind", equalTo("message"))
                .body("events[0].recalled", equalTo(true))
                .body("events[0].text", nullValue())
                .body("events[1].text", equalTo("Tin nhắn số 2"))
                .body("events[1].sender", equalTo(scene.p("hr6")))
                .body("events[1].silent", equalTo(false))
                .body("events[1].conversationId", equalTo((int) dm));
    }

    @Test
    void badNumbersAre400() {
        for (String query : List.of("after=-1", "after=abc", "before=0", "limit=0", "limit=201", "limit=x",
                "after=5&before=5", "after=1.5")) {
            scene.as("gAn").get("/conversations/{id}/events?" + query, dm).then().statusCode(400)
                    .body("code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void someoneWhoIsNotAMemberGets404() {
        scene.as("gBinh").get("/conversations/{id}/events", dm).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        scene.as("stranger").get("/conversations/{id}/events", dm).then().statusCode(404);
        scene.as("gAn").get("/conversations/{id}/events", Long.MAX_VALUE).then().statusCode(404);
        scene.as("gAn").get("/conversations/abc/events").then().statusCode(404);
    }

    @Test
    void aRemovedMemberCannotReadTheHistoryWithAnOldCursor() {
        long group = scene.as("hr6").body(Map.of("title", "Nhóm thử",
                "members", List.of(scene.p("gAn"), scene.p("gBinh")))).post("/groups").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        chat.messages(group, scene.p("hr6"), 3, Instant.now());
        scene.as("gBinh").get("/conversations/{id}/events?after=0", group).then().statusCode(200);
        scene.as("hr6").delete("/groups/{id}/members/{p}", group, scene.p("gBinh")).then().statusCode(204);

        scene.as("gBinh").get("/conversations/{id}/events?after=0", group).then().statusCode(404);
        scene.as("gBinh").get("/conversations/{id}/events?after=3", group).then().statusCode(404);
        scene.as("gBinh").get("/conversations/{id}/events?before=6", group).then().statusCode(404);
    }

    private ValidatableResponse page(String query) {
        return scene.as("gAn").get("/conversations/{id}/events" + (query.isEmpty() ? "" : "?" + query), dm).then()
                .statusCode(200);
    }
}

package vn.lienlac.chat.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.conversations.ChatRows;
import vn.lienlac.chat.conversations.SchoolScene;
import vn.lienlac.chat.conversations.SchoolScenes;

/** {@code POST /api/v1/chat/direct}: opening a direct conversation, once per pair, only where the rules allow. */
@QuarkusTest
class DirectApiTest {

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
    void guardianOpensADirectConversationWithTheirChildsHomeroomTeacher() {
        open("gAn", scene.p("hr6")).then().statusCode(201)
                .body("kind", equalTo("DIRECT"))
                .body("title", equalTo("Nguyễn Thu Trang"))
                .body("me", equalTo(scene.p("gAn")))
                .body("lastSeq", equalTo(2))
                .body("unread", equalTo(0));
    }

    @Test
    void openingAppendsAJoinForBothMembers() {
        long id = open("gAn", scene.p("hr6")).then().statusCode(201).extract().jsonPath().getLong("id");

        scene.as("hr6").get("/conversations/{id}/events", id).then().statusCode(200)
                .body("events.kind", contains("member_joined", "member_joined"))
                .body("events.subject", contains(scene.p("gAn"), scene.p("hr6")))
                .body("events.sender", everyItem(equalTo(scene.p("gAn"))));
        assertEquals(2, chat.count("SELECT count(*) FROM conversation_member "
                + "WHERE conversation_id = $1 AND source = 'MANUAL' AND active", id));
    }

    @Test
    void openingAgainFromEitherSideFindsTheSameConversation() {
        long id = open("gAn", scene.p("hr6")).then().statusCode(201).extract().jsonPath().getLong("id");

        open("gAn", scene.p("hr6")).then().statusCode(200).body("id", equalTo((int) id));
        open("hr6", scene.p("gAn")).then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("title", equalTo("Trần Thị Mai"))
                .body("me", equalTo(scene.p("hr6")));
        assertEquals(2, chat.count("SELECT last_seq FROM conversation WHERE id = $1", id), "no second join");
    }

    @Test
    void concurrentOpensOfOnePairCreateOneConversation() throws Exception {
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Response>> answers = IntStream.range(0, clients)
                    .mapToObj(i -> pool.submit((Callable<Response>) () -> {
                        start.await();
                        return i % 2 == 0 ? open("gAn", scene.p("hr6")) : open("hr6", scene.p("gAn"));
                    }))
                    .toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                ids.add(response.jsonPath().getLong("id"));
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses::toString);
            assertEquals(clients - 1, statuses.stream().filter(status -> status == 200).count(), statuses::toString);
            assertEquals(1, ids.size());
            long id = ids.iterator().next();
            assertEquals(2, chat.count("SELECT count(*) FROM conversation_member WHERE conversation_id = $1", id));
            assertEquals(2, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1", id));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void guardianOfAnotherClassCannotMessageAParent() {
        open("gCuong", scene.p("gAn")).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void teacherOfAnotherSchoolCannotMessageAParent() {
        open("tB", scene.p("gAn")).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void guardianCannotMessageATeacherWhoDoesNotTeachTheirChild() {
        open("gAn", scene.p("m7")).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void blockedGuardianCannotMessageTheGuardianWhoBlockedThem() {
        chat.block(scene.p("gBinh"), scene.p("gAn"));

        open("gAn", scene.p("gBinh")).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        open("gBinh", scene.p("gAn")).then().statusCode(201);
    }

    @Test
    void strangerCannotMessageAParent() {
        open("stranger", scene.p("gAn")).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertEquals(0, chat.count("SELECT count(*) FROM conversation WHERE direct_key LIKE '%' || $1 || '%'",
                scene.p("gAn")));
    }

    @Test
    void nobodyOpensAConversationWithThemselves() {
        open("gAn", scene.p("gAn")).then().statusCode(403);
        open("m7", scene.p("m7asParent")).then().statusCode(403);
    }

    @Test
    void teacherWhoIsAlsoAParentTalksToTheirChildsTeacherAsTheParent() {
        open("m7", scene.p("tB")).then().statusCode(201).body("me", equalTo(scene.p("m7asParent")));
    }

    @Test
    void malformedParticipantIsRefusedWith400() {
        for (String bad : List.of("x:1", "g:", "g:abc", "g:-4", "", "s:1:2")) {
            open("gAn", bad).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].participant", equalTo(bad));
        }
        scene.as("gAn").body("{}").post("/direct").then().statusCode(400);
        scene.as("gAn").body("{\"with\": ").post("/direct").then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        scene.as("gAn").body("{\"with\": {\"id\": 4}}").post("/direct").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"))
                .body("errors[0].field", equalTo("with"));
        scene.as("gAn").body("[]").post("/direct").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
    }

    private Response open(String caller, String with) {
        return scene.as(caller).body(Map.of("with", with)).post("/direct");
    }
}

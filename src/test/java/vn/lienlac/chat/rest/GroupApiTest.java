package vn.lienlac.chat.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.conversations.ChatRows;
import vn.lienlac.chat.conversations.SchoolScene;
import vn.lienlac.chat.conversations.SchoolScenes;

/** Custom groups: created by staff with people they may message, managed by their owner. */
@QuarkusTest
@TestProfile(HandMadeGroups.class)
class GroupApiTest {

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
    void teacherCreatesAGroupOfTheParentsOfTheirClass() {
        long id = create("hr6", "  Ban phụ huynh   lớp 6A1 ", scene.p("gAn"), scene.p("gBinh")).then()
                .statusCode(201)
                .body("kind", equalTo("CUSTOM"))
                .body("title", equalTo("Ban phụ huynh lớp 6A1"))
                .body("me", equalTo(scene.p("hr6")))
                .body("lastSeq", equalTo(3))
                .extract().jsonPath().getLong("id");

        scene.as("gAn").get("/conversations/{id}/members", id).then().statusCode(200)
                .body("participant", contains(scene.p("hr6"), scene.p("gBinh"), scene.p("gAn")))
                .body("owner", contains(true, false, false));
        scene.as("gAn").get("/conversations/{id}/events", id).then().statusCode(200)
                .body("events.subject", contains(scene.p("hr6"), scene.p("gAn"), scene.p("gBinh")))
                .body("events.sender", everyItem(equalTo(scene.p("hr6"))));
        assertEquals(chat.schoolId(scene.schoolA()),
                chat.count("SELECT school_id FROM conversation WHERE id = $1", id));
    }

    @Test
    void decomposedTitleIsStoredComposed() {
        String nfd = "Ban phu\u0323 huynh lo\u031B\u0301p 6A1";

        create("hr6", nfd, scene.p("gAn")).then().statusCode(201).body("title", equalTo("Ban phụ huynh lớp 6A1"));
    }

    @Test
    void titleMustHaveOneToAHundredCharacters() {
        create("hr6", "   ").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        create("hr6", null).then().statusCode(400);
        create("hr6", "ớ".repeat(101)).then().statusCode(400);
        create("hr6", "ớ".repeat(100)).then().statusCode(201);
    }

    @Test
    void guardianCannotCreateAGroup() {
        create("gAn", "Nhóm phụ huynh", scene.p("gBinh")).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void strangerCannotCreateAGroup() {
        create("stranger", "Nhóm lạ").then().statusCode(403);
    }

    @Test
    void everyMemberMustBeSomeoneTheCreatorMayMessage() {
        create("hr6", "Nhóm hỗn hợp", scene.p("gAn"), scene.p("gCuong"), scene.p("gDung"), scene.p("m7")).then()
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.participant", contains(scene.p("gCuong"), scene.p("gDung")));
        assertEquals(0, chat.count("SELECT count(*) FROM conversation WHERE created_by = $1", scene.p("hr6")));
    }

    @Test
    void malformedMembersAreListed() {
        create("hr6", "Nhóm", scene.p("gAn"), "phụ huynh", "g:0").then().statusCode(400)
                .body("errors.participant", contains("phụ huynh", "g:0"));
    }

    @Test
    void ownerAddsMembersTheyMayMessage() {
        long id = group("m7", scene.p("gCuong"));

        scene.as("m7").body(Map.of("members", List.of(scene.p("gBinh"), scene.p("gCuong"))))
                .post("/groups/{id}/members", id)
                .then().statusCode(200).body("joined", contains(scene.p("gBinh")));
        scene.as("gBinh").get("/conversations/{id}/events", id).then().statusCode(200)
                .body("events[-1].kind", equalTo("member_joined"))
                .body("events[-1].subject", equalTo(scene.p("gBinh")));
    }

    @Test
    void ownerCannotAddSomeoneTheyMayNotMessage() {
        long id = group("m7", scene.p("gCuong"));

        scene.as("m7").body(Map.of("members", List.of(scene.p("gAn")))).post("/groups/{id}/members", id)
                .then().statusCode(400).body("errors.participant", contains(scene.p("gAn")));
    }

    @Test
    void ownerRemovesAMemberWhoThenLosesTheHistory() {
        long id = group("hr6", scene.p("gAn"), scene.p("gBinh"));

        scene.as("hr6").delete("/groups/{id}/members/{p}", id, scene.p("gBinh")).then().statusCode(204);

        scene.as("gAn").get("/conversations/{id}/events", id).then().statusCode(200)
                .body("events[-1].kind", equalTo("member_left"))
                .body("events[-1].subject", equalTo(scene.p("gBinh")))
                .body("events[-1].sender", equalTo(scene.p("hr6")));
        scene.as("gBinh").get("/conversations/{id}/events", id).then().statusCode(404);
        scene.as("hr6").delete("/groups/{id}/members/{p}", id, scene.p("gBinh")).then().statusCode(404);
    }

    @Test
    void membersWhoAreNotTheOwnerCannotAddOrRemoveOthers() {
        long id = group("hr6", scene.p("gAn"));

        scene.as("gAn").body(Map.of("members", List.of(scene.p("gBinh")))).post("/groups/{id}/members", id)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        scene.as("gAn").delete("/groups/{id}/members/{p}", id, scene.p("hr6")).then().statusCode(403);
    }

    @Test
    void nonMembersGet404AsIfTheGroupDidNotExist() {
        long id = group("hr6", scene.p("gAn"));

        scene.as("gBinh").body(Map.of("members", List.of(scene.p("gBinh")))).post("/groups/{id}/members", id)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        scene.as("gBinh").delete("/groups/{id}/members/{p}", id, scene.p("gAn")).then().statusCode(404);
        scene.as("gBinh").body(Map.of("members", List.of())).post("/groups/{id}/members", Long.MAX_VALUE)
                .then().statusCode(404);
    }

    @Test
    void aMemberMayLeaveButTheOwnerMayNot() {
        long id = group("hr6", scene.p("gAn"));

        scene.as("gAn").delete("/groups/{id}/members/{p}", id, scene.p("gAn")).then().statusCode(204);
        scene.as("hr6").delete("/groups/{id}/members/{p}", id, scene.p("hr6")).then().statusCode(400);
        scene.as("hr6").get("/conversations/{id}/events", id).then().statusCode(200)
                .body("events[-1].kind", equalTo("member_left"))
                .body("events[-1].sender", equalTo(scene.p("gAn")));
    }

    @Test
    void strangerCannotJoinAClassGroup() {
        long classGroup = chat.group("CLASS", chat.schoolId(scene.schoolA()), chat.classId(scene.schoolA(), "6A1"),
                scene.p("hr6"), scene.p("gAn"), scene.p("gBinh"));

        scene.as("gDung").body(Map.of("members", List.of(scene.p("gDung")))).post("/groups/{id}/members", classGroup)
                .then().statusCode(404);
        scene.as("hr6").body(Map.of("members", List.of(scene.p("gDung")))).post("/groups/{id}/members", classGroup)
                .then().statusCode(404);
        scene.as("gDung").get("/conversations/{id}/events", classGroup).then().statusCode(404);
        assertEquals(0, chat.count("SELECT count(*) FROM conversation_member WHERE conversation_id = $1 "
                + "AND participant = $2", classGroup, scene.p("gDung")));
    }

    @Test
    void principalCreatesAGroupWithTheirDistrictOfficerAndStaff() {
        create("pA", "Ban giám hiệu và Phòng", scene.p("vpA"), scene.p("oD")).then().statusCode(201)
                .body("me", equalTo(scene.p("pA")));
    }

    @Test
    void teacherInTwoCapacitiesCreatesAsStaff() {
        create("m7", "Phụ huynh lớp 7A1", scene.p("gCuong"), scene.p("m7asParent")).then().statusCode(201)
                .body("me", equalTo(scene.p("m7")));
        create("m7", "Nhóm", scene.p("gDung")).then().statusCode(400)
                .body("errors.participant", containsInAnyOrder(scene.p("gDung")));
    }

    private long group(String owner, String... members) {
        return create(owner, "Nhóm thử", members).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Response create(String caller, String title, String... members) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("title", title);
        body.put("members", List.of(members));
        return scene.as(caller).body(body).post("/groups");
    }
}

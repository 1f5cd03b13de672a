package vn.lienlac.chat.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.conversations.ChatRows;
import vn.lienlac.chat.conversations.SchoolScene;
import vn.lienlac.chat.conversations.SchoolScenes;

/**
 * {@code GET /api/v1/chat/conversations/{id}/members}: names, roles in words and receipts of the active members,
 * for active members only; labels name only the children and classes the conversation is about.
 */
@QuarkusTest
@TestProfile(HandMadeGroups.class)
class MembersApiTest {

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
    void classGroupMembersShowNamesRolesAndReceipts() {
        long group = classGroup6A1();
        chat.messages(group, scene.p("hr6"), 2, Instant.now());
        chat.read(group, scene.p("gAn"), 2);

        JsonPath members = members("gAn", group);

        assertEquals("Giáo viên chủ nhiệm", label(members, "hr6"));
        assertEquals("Nguyễn Thu Trang", member(members, "hr6").get("fullName"));
        assertEquals("Hiệu trưởng", label(members, "pA"));
        assertEquals("Phụ huynh em Nguyễn Minh An", label(members, "gAn"));
        assertEquals("Trần Thị Mai", member(members, "gAn").get("fullName"));
        assertEquals(2, member(members, "gAn").get("readSeq"));
        assertEquals(2, member(members, "gAn").get("deliveredSeq"));
        assertEquals(0, member(members, "gBinh").get("readSeq"));
    }

    @Test
    void aParentLearnsOnlyTheChildAnotherParentHasInThisClass() {
        JsonPath members = members("gAn", classGroup6A1());

        assertEquals("Phụ huynh em Lê Gia Bình", label(members, "gBinh"), "not Bảo, who is in 7A1");
    }

    @Test
    void membersCarryNamesRolesAndReceiptsOnly() {
        List<Map<String, Object>> members = members("gAn", classGroup6A1()).getList("$");

        for (Map<String, Object> member : members) {
            assertEquals(Set.of("participant", "fullName", "roleLabel", "owner", "deliveredSeq", "readSeq"),
                    member.keySet());
        }
    }

    @Test
    void staffComeFirstThenGuardians() {
        scene.as("gAn").get("/conversations/{id}/members", classGroup6A1()).then().statusCode(200)
                .body("participant[0..1]", containsInAnyOrder(scene.p("hr6"), scene.p("pA")))
                .body("participant[2..3]", containsInAnyOrder(scene.p("gAn"), scene.p("gBinh")));
    }

    @Test
    void directConversationLabelsNameTheClassThatLinksThem() {
        long dm = scene.as("gBinh").body(Map.of("with", scene.p("hr6"))).post("/direct").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        assertEquals("Giáo viên chủ nhiệm lớp 6A1", label(members("gBinh", dm), "hr6"));
        assertEquals("Phụ huynh em Lê Gia Bình", label(members("hr6", dm), "gBinh"));
    }

    @Test
    void subjectTeachersGroupLabelsTheirSubjectAndTheChildrenTheyTeach() {
        long group = scene.as("m7").body(Map.of("title", "Phụ huynh 7A1",
                "members", List.of(scene.p("gBinh"), scene.p("gCuong")))).post("/groups").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        JsonPath members = members("gCuong", group);

        assertEquals("Giáo viên bộ môn Toán lớp 7A1", label(members, "m7"));
        assertEquals(true, member(members, "m7").get("owner"));
        assertEquals("Phụ huynh em Lê Gia Bảo", label(members, "gBinh"));
        assertEquals("Phụ huynh em Phạm Quốc Cường", label(members, "gCuong"));
    }

    @Test
    void removedMembersAreNotListed() {
        long group = scene.as("hr6").body(Map.of("title", "Nhóm thử",
                "members", List.of(scene.p("gAn"), scene.p("gBinh")))).post("/groups").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        scene.as("hr6").delete("/groups/{id}/members/{p}", group, scene.p("gBinh")).then().statusCode(204);

        scene.as("gAn").get("/conversations/{id}/members", group).then().statusCode(200)
                .body("participant", contains(scene.p("hr6"), scene.p("gAn")));
        scene.as("gBinh").get("/conversations/{id}/members", group).then().statusCode(404);
    }

    @Test
    void someoneWhoIsNotAMemberGets404() {
        long group = classGroup6A1();

        scene.as("gCuong").get("/conversations/{id}/members", group).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        scene.as("stranger").get("/conversations/{id}/members", group).then().statusCode(404);
    }

    private long classGroup6A1() {
        return chat.group("CLASS", chat.schoolId(scene.schoolA()), chat.classId(scene.schoolA(), "6A1"),
                scene.p("hr6"), scene.p("pA"), scene.p("gAn"), scene.p("gBinh"));
    }

    private JsonPath members(String caller, long conversationId) {
        return scene.as(caller).get("/conversations/{id}/members", conversationId).then().statusCode(200)
                .extract().jsonPath();
    }

    private Map<String, Object> member(JsonPath members, String name) {
        List<Map<String, Object>> all = members.getList("$");
        return all.stream().filter(m -> scene.p(name).equals(m.get("participant"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed: " + all));
    }

    private String label(JsonPath members, String name) {
        return (String) member(members, name).get("roleLabel");
    }
}

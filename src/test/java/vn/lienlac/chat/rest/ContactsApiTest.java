package vn.lienlac.chat.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.conversations.ChatRows;
import vn.lienlac.chat.conversations.SchoolScene;
import vn.lienlac.chat.conversations.SchoolScenes;

/** {@code GET /api/v1/chat/contacts}: everyone the caller may message directly, with what they are to the caller. */
@QuarkusTest
class ContactsApiTest {

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
    void guardianSeesTheirChildsTeacherAndTheParentsOfTheClass() {
        JsonPath contacts = contacts("gAn", null);

        assertEquals(List.of(scene.p("hr6"), scene.p("gBinh")).stream().sorted().toList(),
                contacts.getList("participant", String.class).stream().sorted().toList());
        assertEquals("Giáo viên chủ nhiệm lớp 6A1", label(contacts, "hr6"));
        assertEquals("Phụ huynh em Lê Gia Bình", label(contacts, "gBinh"));
    }

    @Test
    void guardianWithChildrenInTwoClassesSeesBothClasses() {
        JsonPath contacts = contacts("gBinh", null);

        assertEquals(4, contacts.getList("$").size(), contacts.prettify());
        assertEquals("Giáo viên bộ môn Toán lớp 7A1", label(contacts, "m7"));
        assertEquals("Phụ huynh em Phạm Quốc Cường", label(contacts, "gCuong"));
        assertEquals("Phụ huynh em Nguyễn Minh An", label(contacts, "gAn"));
    }

    @Test
    void teacherSeesTheParentsTheyTeachAndTheirColleagues() {
        scene.as("hr6").get("/contacts").then().statusCode(200)
                .body("participant", containsInAnyOrder(scene.p("gAn"), scene.p("gBinh"), scene.p("pA"),
                        scene.p("vpA"), scene.p("m7"), scene.p("nurse")));
        JsonPath contacts = contacts("hr6", null);
        assertEquals("Phụ huynh em Lê Gia Bình", label(contacts, "gBinh"), "only the child in 6A1");
        assertEquals("Hiệu trưởng", label(contacts, "pA"));
        assertEquals("Nhân viên y tế", label(contacts, "nurse"));
        assertEquals("Giáo viên", label(contacts, "m7"));
    }

    @Test
    void principalAndDistrictOfficerSeeEachOther() {
        assertEquals("Chuyên viên Phòng GDĐT", label(contacts("pA", null), "oD"));
        scene.as("oD").get("/contacts").then().statusCode(200)
                .body("participant", containsInAnyOrder(scene.p("pA"), scene.p("vpA")))
                .body("roleLabel", containsInAnyOrder("Hiệu trưởng", "Phó hiệu trưởng"));
    }

    @Test
    void teacherWhoIsAlsoAParentSeesContactsOfBothCapacitiesButNotThemselves() {
        JsonPath contacts = contacts("m7", null);

        assertEquals("Giáo viên chủ nhiệm lớp 6B1", label(contacts, "tB"));
        assertEquals("Phụ huynh em Đặng Tiến Dũng", label(contacts, "gDung"));
        assertEquals("Phụ huynh em Lê Gia Bảo", label(contacts, "gBinh"));
        assertEquals(List.of(), contacts.getList("findAll { it.participant == '" + scene.p("m7asParent") + "' }"));
    }

    @Test
    void nameFilterIgnoresCaseAndDiacritics() {
        scene.as("hr6").queryParam("q", "tran thi MAI").get("/contacts").then().statusCode(200)
                .body("participant", contains(scene.p("gAn")))
                .body("fullName", contains("Trần Thị Mai"));
        scene.as("hr6").queryParam("q", "Lê").get("/contacts").then().statusCode(200)
                .body("participant", contains(scene.p("gBinh")));
        scene.as("hr6").queryParam("q", "%").get("/contacts").then().statusCode(200).body("$", empty());
    }

    @Test
    void someoneWhoBlockedTheCallerIsNotListed() {
        chat.block(scene.p("gBinh"), scene.p("gAn"));

        scene.as("gAn").get("/contacts").then().statusCode(200).body("participant", contains(scene.p("hr6")));
    }

    @Test
    void someoneTheDirectoryDoesNotKnowHasNoContacts() {
        scene.as("stranger").get("/contacts").then().statusCode(200).body("$", empty());
    }

    private JsonPath contacts(String caller, String query) {
        var request = scene.as(caller);
        if (query != null) {
            request.queryParam("q", query);
        }
        return request.get("/contacts").then().statusCode(200).extract().jsonPath();
    }

    private String label(JsonPath contacts, String name) {
        List<Map<String, Object>> all = contacts.getList("$");
        return all.stream().filter(c -> scene.p(name).equals(c.get("participant"))).findFirst()
                .map(c -> (String) c.get("roleLabel"))
                .orElseThrow(() -> new AssertionError(name + " is not a contact: " + all));
    }
}

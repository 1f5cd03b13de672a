package vn.lienlac.directives.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.everyone;
import static vn.lienlac.directives.Bodies.forward;
import static vn.lienlac.directives.Bodies.groups;
import static vn.lienlac.directives.Bodies.schools;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;
import vn.lienlac.identity.otp.TestClock;

/**
 * A directive down the hierarchy: the district office writes to two of its three schools, one principal forwards it
 * to their teachers, and both senders see who received, read and acknowledged.
 */
@QuarkusTest
class DirectiveCascadeApiTest {

    @Inject
    DirectiveScenes scenes;

    private final TestClock clock = new TestClock();
    private Scene scene;
    private Instant deadline;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(clock, Clock.class);
        scene = scenes.create();
        deadline = clock.instant().plus(Duration.ofDays(3));
    }

    @Test
    void districtDirectiveForwardedByOnePrincipalIsTrackedByBothSenders() {
        long id = send("officer", "/districts/" + scene.unit("D1"),
                directive(schools(scene.unit("A"), scene.unit("B")), deadline, true))
                .getLong("id");

        scene.as("pA").get("/inbox").then().statusCode(200)
                .body("id", contains((int) id))
                .body("[0].documentNumber", equalTo("260/PGD-VP"))
                .body("[0].from.position", equalTo("Chuyên viên Phòng GDĐT"))
                .body("[0].me.state", equalTo("DELIVERED"));
        scene.as("pC").get("/inbox").then().statusCode(200).body("id", equalTo(List.of()));

        long child = send("pA", "/" + id + "/forwards",
                forward("Đề nghị giáo viên cài đặt ứng dụng trước ngày 18/9.", groups("TEACHERS"), deadline))
                .getLong("id");
        scene.as("tA1").get("/" + child).then().statusCode(200)
                .body("parentId", equalTo((int) id))
                .body("documentNumber", equalTo("260/PGD-VP"))
                .body("body", equalTo("Đề nghị giáo viên cài đặt ứng dụng trước ngày 18/9."))
                .body("from.name", equalTo("Lê Thị Hiệu Trưởng"))
                .body("forwardedFrom.subject", equalTo("Triển khai sổ liên lạc điện tử Liên Lạc"))
                .body("forwardedFrom.from.position", equalTo("Chuyên viên Phòng GDĐT"))
                .body("me.state", equalTo("SENT"));
        scene.as("tA1").post("/" + child + "/acknowledgement").then().statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED"));
        scene.as("tA2").post("/" + child + "/read").then().statusCode(200).body("state", equalTo("READ"));
        scene.as("pB").post("/" + id + "/read").then().statusCode(200).body("state", equalTo("READ"));

        JsonPath tracking = scene.as("officer").get("/" + id + "/tracking").then().statusCode(200).extract()
                .jsonPath();
        // Forwarding is reading: principal A's copy is read.
        assertCounts(tracking, "totals", 2, 2, 2, 0, 0);
        scene.as("officer").get("/" + id + "/tracking").then()
                .body("recipients.staffCode", contains(scene.staffCode("pA"), scene.staffCode("pB")))
                .body("recipients.state", contains("READ", "READ"))
                .body("schools.schoolCode", contains(scene.unit("A"), scene.unit("B")));

        scene.as("pA").post("/" + id + "/acknowledgement").then().statusCode(200);

        scene.as("officer").get("/" + id + "/tracking").then().statusCode(200)
                .body("totals.acknowledged", equalTo(1))
                .body("recipients.state", contains("ACKNOWLEDGED", "READ"));
        JsonPath cascade = scene.as("officer").get("/" + id + "/cascade").then().statusCode(200).extract()
                .jsonPath();
        scene.as("officer").get("/" + id + "/cascade").then()
                .body("schools", equalTo(2))
                .body("forwardedSchools", equalTo(1))
                .body("cascade.schoolCode", contains(scene.unit("A"), scene.unit("B")))
                .body("cascade.forwarded", contains(true, false))
                .body("cascade.forwards", contains(1, 0))
                .body("cascade[0].principals.state", contains("ACKNOWLEDGED"))
                .body("cascade[1].principals.state", contains("READ"));
        assertCounts(cascade, "cascade[0].reach", 2, 2, 2, 1, 0);
        assertCounts(cascade, "cascade[1].reach", 0, 0, 0, 0, 0);

        scene.as("pA").get("/" + child + "/tracking").then().statusCode(200)
                .body("recipients.staffCode", containsInAnyOrder(scene.staffCode("tA1"), scene.staffCode("tA2")))
                .body("totals.acknowledged", equalTo(1))
                .body("totals.read", equalTo(2));
        // Principal A follows the original too, for their own school only.
        scene.as("pA").get("/" + id + "/tracking").then().statusCode(200)
                .body("recipients.staffCode", contains(scene.staffCode("pA")));
        scene.as("officer").get("/sent").then().statusCode(200)
                .body("find { it.id == " + id + " }.recipients", equalTo(2))
                .body("find { it.id == " + id + " }.acknowledged", equalTo(1));
    }

    @Test
    void principalWritesToHomeroomTeachersAndChosenStaff() {
        Map<String, Object> audience = Map.of("groups", List.of("HOMEROOM_TEACHERS"),
                "staff", List.of(scene.staffCode("nurseA")));
        JsonPath sent = send("pA", "/schools/" + scene.unit("A"), directive(audience, null, false));

        scene.as("pA").get("/" + sent.getLong("id") + "/tracking").then().statusCode(200)
                .body("recipients.staffCode", containsInAnyOrder(scene.staffCode("tA1"), scene.staffCode("nurseA")))
                .body("requiresAcknowledgement", equalTo(false))
                .body("deadline", nullValue());
        scene.as("tA2").get("/inbox").then().statusCode(200).body("id", equalTo(List.of()));
    }

    @Test
    void vicePrincipalWritesToTheWholeSchoolExceptThemself() {
        long id = send("vpA", "/schools/" + scene.unit("A"), directive(everyone(), null, false)).getLong("id");

        scene.as("vpA").get("/" + id + "/tracking").then().statusCode(200)
                .body("recipients.staffCode", containsInAnyOrder(scene.staffCode("pA"), scene.staffCode("tA1"),
                        scene.staffCode("tA2"), scene.staffCode("nurseA"), scene.staffCode("staffA")));
    }

    @Test
    void officerWritesToAllPrincipalsOfTheDistrict() {
        send("officer", "/districts/" + scene.unit("D1"), directive(everyone(), deadline, true)).getLong("id");

        for (String principal : List.of("pA", "pB", "pC")) {
            scene.as(principal).get("/inbox").then().statusCode(200).body("subject",
                    hasItem("Triển khai sổ liên lạc điện tử Liên Lạc"));
        }
        scene.as("pX").get("/inbox").then().statusCode(200).body("id", equalTo(List.of()));
    }

    @Test
    void decomposedTextIsStoredComposed() {
        Map<String, Object> body = new java.util.HashMap<>(directive(everyone(), null, false));
        body.put("subject", "Trie\u0302\u0309n khai so\u0302\u0309 lie\u0302n la\u0323c");
        long id = send("officer", "/districts/" + scene.unit("D1"), body).getLong("id");

        scene.as("pA").get("/" + id).then().statusCode(200).body("subject", equalTo("Triển khai sổ liên lạc"));
    }

    @Test
    void incompleteDirectiveIsRefusedFieldByField() {
        Map<String, Object> body = Map.of("subject", " ", "audience", everyone(),
                "deadline", "2001-01-01T00:00:00+07:00");

        scene.as("officer").body(body).post("/districts/" + scene.unit("D1")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("documentNumber", "issuedOn", "subject", "body",
                        "deadline"));
    }

    @Test
    void schoolOfAnotherDistrictIsRefused() {
        scene.as("officer").body(directive(schools(scene.unit("A"), scene.unit("X")), null, false))
                .post("/districts/" + scene.unit("D1")).then().statusCode(400)
                .body("errors.field", contains("schools"))
                .body("detail", equalTo("Trường " + scene.unit("X") + " không thuộc Phòng hoặc không còn hoạt động."));
    }

    @Test
    void unknownStaffCodeIsRefused() {
        scene.as("pA").body(directive(Map.of("staff", List.of(scene.staffCode("tB1"))), null, false))
                .post("/schools/" + scene.unit("A")).then().statusCode(400).body("errors.field", contains("staff"));
    }

    private JsonPath send(String person, String path, Map<String, Object> body) {
        return scene.as(person).body(body).post(path).then().statusCode(201).extract().jsonPath();
    }

    private static void assertCounts(JsonPath json, String path, int recipients, int delivered, int read, int ack,
            int overdue) {
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of(recipients, delivered, read, ack, overdue),
                List.of(json.getInt(path + ".recipients"), json.getInt(path + ".delivered"),
                        json.getInt(path + ".read"), json.getInt(path + ".acknowledged"),
                        json.getInt(path + ".overdue")), path);
    }
}

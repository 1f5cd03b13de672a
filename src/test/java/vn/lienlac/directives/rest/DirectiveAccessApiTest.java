package vn.lienlac.directives.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.everyone;
import static vn.lienlac.directives.Bodies.forward;
import static vn.lienlac.directives.Bodies.groups;
import static vn.lienlac.directives.Bodies.schools;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;

/**
 * Access across schools and districts: a principal sees only their school, a district officer only their district,
 * teachers only what was addressed to them. What a caller may not see does not exist for them (404); what they see but
 * may not track or do is 403.
 */
@QuarkusTest
class DirectiveAccessApiTest {

    @Inject
    DirectiveScenes scenes;

    private Scene scene;
    private long original;
    private long forwarded;

    @BeforeEach
    void directiveToAAndBForwardedInA() {
        scene = scenes.create();
        original = scene.as("officer").body(directive(schools(scene.unit("A"), scene.unit("B")), null, true))
                .post("/districts/" + scene.unit("D1")).then().statusCode(201).extract().jsonPath().getLong("id");
        forwarded = scene.as("pA").body(forward("Triển khai ngay.", groups("TEACHERS"), null))
                .post("/" + original + "/forwards").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void officerOfAnotherDistrictSeesNothing() {
        scene.as("officer2").get("/" + original).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Không tìm thấy văn bản này."));
        scene.as("officer2").get("/" + original + "/tracking").then().statusCode(404);
        scene.as("officer2").get("/" + forwarded + "/cascade").then().statusCode(404);
        scene.as("officer2").body(directive(everyone(), null, false)).post("/districts/" + scene.unit("D1")).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void principalOfAnotherSchoolSeesNeitherTheForwardNorTheOtherSchoolsCopies() {
        scene.as("pB").get("/" + forwarded).then().statusCode(404);
        scene.as("pB").get("/" + forwarded + "/tracking").then().statusCode(404);
        scene.as("pB").get("/" + original + "/tracking").then().statusCode(200)
                .body("recipients.staffCode", contains(scene.staffCode("pB")));
        scene.as("pB").get("/" + original + "/cascade").then().statusCode(200)
                .body("cascade.schoolCode", contains(scene.unit("B")));
        scene.as("pC").get("/" + original).then().statusCode(404);
        scene.as("pX").get("/" + original).then().statusCode(404);
    }

    @Test
    void principalSendsOnlyForTheirOwnSchool() {
        scene.as("pA").body(directive(everyone(), null, false)).post("/schools/" + scene.unit("B")).then()
                .statusCode(403);
        scene.as("pA").body(directive(everyone(), null, false)).post("/districts/" + scene.unit("D1")).then()
                .statusCode(403);
        scene.as("tA1").body(directive(everyone(), null, false)).post("/schools/" + scene.unit("A")).then()
                .statusCode(403);
    }

    @Test
    void teachersSeeWhatWasAddressedToThemAndTrackNothing() {
        scene.as("tA1").get("/" + forwarded).then().statusCode(200);
        scene.as("tA1").get("/" + original).then().statusCode(200).body("body",
                equalTo("Phòng GDĐT đề nghị các trường triển khai sổ liên lạc điện tử.\n100% cán bộ, giáo viên và "
                        + "cha mẹ học sinh tham gia."));
        scene.as("tA1").get("/" + forwarded + "/tracking").then().statusCode(403);
        scene.as("tA1").post("/" + original + "/acknowledgement").then().statusCode(404);
        scene.as("nurseA").get("/" + forwarded).then().statusCode(404);
        scene.as("tB1").get("/" + original).then().statusCode(404);
        scene.as("tB1").get("/inbox").then().statusCode(200).body("id", equalTo(List.of()));
    }

    @Test
    void onlyTheLeadershipOfAReachedSchoolForwards() {
        scene.as("pC").body(forward("x", everyone(), null)).post("/" + original + "/forwards").then()
                .statusCode(404);
        scene.as("tA1").body(forward("x", everyone(), null)).post("/" + original + "/forwards").then()
                .statusCode(404);
        scene.as("vpA").body(forward("Phó hiệu trưởng chuyển tiếp.", groups("SCHOOL_NURSES"), null))
                .post("/" + original + "/forwards").then().statusCode(201).body("recipients", equalTo(1));
        scene.as("pA").body(forward("x", everyone(), null)).post("/" + forwarded + "/forwards").then()
                .statusCode(400).body("detail", equalTo("Chỉ chuyển tiếp được văn bản của Phòng GDĐT."));
    }

    @Test
    void senderIsNotARecipient() {
        scene.as("officer").post("/" + original + "/read").then().statusCode(404);
        scene.as("officer").get("/inbox").then().statusCode(200).body("id", equalTo(List.of()));
    }

    @Test
    void nonNumericIdIsAnUnknownDirective() {
        scene.as("pA").get("/abc").then().statusCode(404).contentType("application/problem+json");
    }
}

package vn.lienlac.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.Participant;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.Reach;
import vn.lienlac.notifications.policy.PolicyScene;

/** A person's own channel choices and a school's policy, set through REST and honoured by enqueue. */
@QuarkusTest
class PolicySettingsApiTest {

    private static final Instant MORNING = Instant.parse("2026-12-07T03:00:00Z");

    @Inject
    PeopleFixtures people;

    @Inject
    TestSessions sessions;

    @Inject
    TestSchools schools;

    @Inject
    PolicyScene scene;

    @BeforeEach
    void reset() {
        scene.reset();
    }

    private Reach grade(Participant to, Long schoolId) {
        return new Reach(ItemKind.GRADE, "grade:" + java.util.UUID.randomUUID(), to, schoolId, null, false, null,
                null, new Message("Điểm mới", "Toán: 9", "/so-lien-lac", "grade-1", Map.of(), null));
    }

    @Test
    void aParentTurnsPaidChannelsOffAndEnqueueHonoursIt() {
        String phone = PeopleFixtures.phone();
        Participant parent = Participant.guardian(people.guardian(phone, "Phạm Thu Hà"));
        String token = sessions.open(phone, null, Set.of(Roles.GUARDIAN)).accessToken();
        given().auth().oauth2(token).get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("push", equalTo(true)).body("paid", equalTo(true));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("push", true))
                .put("/api/v1/notifications/preferences").then().statusCode(400);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("push", true, "paid", false))
                .put("/api/v1/notifications/preferences").then().statusCode(200).body("paid", equalTo(false));
        given().auth().oauth2(token).get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("paid", equalTo(false));

        Reach reach = grade(parent, null);
        scene.enqueue(List.of(reach), MORNING);
        assertEquals(List.of(), scene.rows(reach, MORNING));
    }

    @Test
    void aPrincipalChangesTheSchoolsPolicyAndItsFamiliesGetWhatItSays() {
        String school = schools.newSchool();
        long schoolId = schools.count("SELECT id FROM school WHERE code = $1", school);
        String principal = staffToken(school, "PRINCIPAL");
        String teacher = staffToken(school, "TEACHER");
        String path = "/api/v1/notifications/schools/" + school + "/policy";

        given().auth().oauth2(principal).get(path).then().statusCode(200)
                .body("inForce.GRADE.mode", equalTo("NO_APP")).body("inForce.CHAT.mode", equalTo("PUSH_ONLY"))
                .body("quietFrom", equalTo("21:00"));
        given().auth().oauth2(teacher).get(path).then().statusCode(403);
        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("kinds", Map.of("CHAT", Map.of("mode", "FALLBACK")))).put(path)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("kinds", Map.of("GRADE", Map.of("paidChannels", List.of("WEB_PUSH"))))).put(path)
                .then().statusCode(400);

        Participant noApp = Participant.guardian(people.guardian(PeopleFixtures.phone(), "Đỗ Văn Nam"));
        Participant withApp = Participant.guardian(people.guardian(PeopleFixtures.phone(), "Vũ Thị Lan"));
        scene.endpoint(withApp, ChannelName.FCM);

        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("kinds", Map.of("GRADE", Map.of("mode", "PUSH_ONLY")))).put(path)
                .then().statusCode(200).body("inForce.GRADE.mode", equalTo("PUSH_ONLY"))
                .body("changes.kinds.GRADE.mode", equalTo("PUSH_ONLY"));
        Reach pushOnly = grade(noApp, schoolId);
        scene.enqueue(List.of(pushOnly), MORNING);
        assertEquals(List.of(), scene.rows(pushOnly, MORNING));

        given().auth().oauth2(principal).contentType(ContentType.JSON)
                .body(Map.of("quietFrom", "20:00", "kinds", Map.of("GRADE",
                        Map.of("mode", "FALLBACK", "paidChannels", List.of("ZALO"))))).put(path)
                .then().statusCode(200).body("quietFrom", equalTo("20:00"));
        Reach fallback = grade(withApp, schoolId);
        scene.enqueue(List.of(fallback), MORNING);
        assertEquals(List.of("0 FCM +0", "1 ZALO +0"), scene.rows(fallback, MORNING));
        assertEquals(2, schools.count("SELECT count(*) FROM audit_event WHERE action = 'NOTIFICATION_POLICY_CHANGED' "
                + "AND school_code = $1", school));
    }

    private String staffToken(String school, String role) {
        String code = PeopleFixtures.code("GV");
        people.staff(school, code, "Hoàng Minh " + role, role, PeopleFixtures.phone(), true);
        return sessions.open(null, code, Set.of(Roles.TEACHER)).accessToken();
    }
}

package vn.lienlac.directives.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.schools;
import static vn.lienlac.directives.Bodies.withReport;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;
import vn.lienlac.directives.reminders.Reminders;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.otp.TestClock;

/**
 * Reminders and the overdue state, with time driven by a test clock: the scheduled job's work runs for the clock's
 * time (the job itself is off in tests), and each recipient is reminded at most once per kind and round.
 */
@QuarkusTest
class DirectiveReminderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    DirectiveScenes scenes;

    @Inject
    Reminders reminders;

    @Inject
    TestSchools db;

    private final TestClock clock = new TestClock();
    private Scene scene;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(clock, Clock.class);
        scene = scenes.create();
    }

    @Test
    void recipientsWhoHaveNotAcknowledgedAreRemindedOnceBeforeTheDeadlineThenOverdue() {
        Instant deadline = clock.instant().plus(Duration.ofHours(30));
        long id = send(directive(schools(scene.unit("A"), scene.unit("B")), deadline, true));
        scene.as("pA").post("/" + id + "/acknowledgement").then().statusCode(200);

        remindDue();
        assertEquals(0, reminded(id, "ACK_DUE"), "30 hours before the deadline is outside the 24-hour lead");

        clock.advance(Duration.ofHours(7));

        scenes.signInAgain(scene);
        remindDue();
        remindDue();
        assertEquals(1, reminded(id, "ACK_DUE"), "principal B only, once");
        assertEquals(1, reminded(id, scene.staffId("pB"), "ACK_DUE"));
        scene.as("officer").get("/" + id + "/tracking").then().statusCode(200)
                .body("recipients.staffCode", contains(scene.staffCode("pA"), scene.staffCode("pB")))
                .body("recipients.lastRemindedAt", contains(nullValue(), notNullValue()))
                .body("recipients.overdue", contains(false, false));

        clock.advance(Duration.ofHours(24));

        scenes.signInAgain(scene);
        scene.as("officer").get("/" + id + "/tracking").then().statusCode(200)
                .body("totals.overdue", equalTo(1))
                .body("recipients.overdue", contains(false, true));
        scene.as("pB").get("/inbox").then().body("[0].me.overdue", equalTo(true));
        remindDue();
        assertEquals(1, reminded(id, "ACK_DUE"), "no automatic reminder after the deadline");
    }

    @Test
    void senderRemindsThoseWhoHaveNotAcknowledgedOnceADay() {
        long id = send(directive(schools(scene.unit("A"), scene.unit("B"), scene.unit("C")),
                clock.instant().plus(Duration.ofDays(5)), true));
        scene.as("pC").post("/" + id + "/acknowledgement").then().statusCode(200);

        scene.as("officer").post("/" + id + "/reminders").then().statusCode(200).body("reminded", equalTo(2));
        scene.as("officer").post("/" + id + "/reminders").then().statusCode(200).body("reminded", equalTo(0));
        assertEquals(0, reminded(id, scene.staffId("pC"), "MANUAL"));

        clock.advance(Duration.ofDays(1));

        scenes.signInAgain(scene);
        scene.as("pA").post("/" + id + "/acknowledgement").then().statusCode(200);
        scene.as("officer").post("/" + id + "/reminders").then().statusCode(200).body("reminded", equalTo(1));
        assertEquals(2, reminded(id, scene.staffId("pB"), "MANUAL"));
    }

    @Test
    void schoolsThatHaveNotReportedAreRemindedBeforeTheReportDeadline() {
        Instant reportDeadline = clock.instant().plus(Duration.ofHours(12));
        long id = send(withReport(directive(schools(scene.unit("A"), scene.unit("B")), null, false),
                reportDeadline));
        scene.as("pA").body(java.util.Map.of("text", "Đã triển khai.")).put("/" + id + "/reports/" + scene.unit("A"))
                .then().statusCode(200);

        remindDue();

        assertEquals(0, reminded(id, scene.staffId("pA"), "REPORT_DUE"));
        assertEquals(1, reminded(id, scene.staffId("pB"), "REPORT_DUE"));
    }

    @Test
    void principalRemindsOnlyTheirOwnSchoolOfADistrictDirective() {
        long id = send(directive(schools(scene.unit("A"), scene.unit("B")), clock.instant().plus(Duration.ofDays(2)),
                true));

        scene.as("pA").post("/" + id + "/reminders").then().statusCode(200).body("reminded", equalTo(1));

        assertEquals(1, reminded(id, scene.staffId("pA"), "MANUAL"));
        assertEquals(0, reminded(id, scene.staffId("pB"), "MANUAL"));
    }

    @Test
    void teacherCannotRemind() {
        long id = send(directive(schools(scene.unit("A")), null, true));
        long child = scene.as("pA").body(vn.lienlac.directives.Bodies.forward("Thực hiện.",
                        vn.lienlac.directives.Bodies.groups("TEACHERS"), null))
                .post("/" + id + "/forwards").then().statusCode(201).extract().jsonPath().getLong("id");

        scene.as("tA1").post("/" + child + "/reminders").then().statusCode(403);
    }

    private long send(java.util.Map<String, Object> body) {
        return scene.as("officer").body(body).post("/districts/" + scene.unit("D1")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private void remindDue() {
        reminders.remindDue(clock.instant()).await().atMost(TIMEOUT);
    }

    private long reminded(long directiveId, String kind) {
        return db.count("SELECT count(*) FROM directive_reminder WHERE directive_id = $1 AND kind = $2 "
                + "AND inbox_seq IS NOT NULL", directiveId, kind);
    }

    private long reminded(long directiveId, long staffId, String kind) {
        return db.count("SELECT count(*) FROM directive_reminder WHERE directive_id = $1 AND staff_id = $2 "
                + "AND kind = $3 AND inbox_seq IS NOT NULL", directiveId, staffId, kind);
    }
}

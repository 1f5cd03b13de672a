package vn.lienlac.notifications.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notifications.policy.PolicyScene.MORNING;
import static vn.lienlac.notifications.policy.PolicyScene.reach;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.Participant;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Reach;

/**
 * The policy as docs/notifications.md "The policy" states it, row by row: each test enqueues one item and reads the
 * attempt rows back as "step CHANNEL +minutes after now". Default read window of ATTENDANCE: 30 minutes.
 */
@QuarkusTest
class PolicyChoicesTest {

    @Inject
    PolicyScene scene;

    @Inject
    PeopleFixtures people;

    @BeforeEach
    void reset() {
        scene.reset();
    }

    private List<String> enqueue(Reach reach, Instant now) {
        scene.enqueue(List.of(reach), now);
        return scene.rows(reach, now);
    }

    @Test
    void parentWithTheAppClosedGetsAPushOnEachDeviceAndNothingPaidForAGrade() {
        Participant parent = scene.guardian();
        scene.endpoint(parent, ChannelName.WEB_PUSH);
        scene.endpoint(parent, ChannelName.FCM);
        assertEquals(List.of("0 FCM +0", "0 WEB_PUSH +0"),
                enqueue(reach(ItemKind.GRADE, parent, null, false), MORNING));
    }

    @Test
    void parentWithNoAppGetsZaloThenSmsAtOnceForAGrade() {
        Participant parent = scene.guardian();
        assertEquals(List.of("0 ZALO +0", "1 SMS +0"), enqueue(reach(ItemKind.GRADE, parent, null, false), MORNING));
    }

    @Test
    void guardianWhoNeverActivatedIsReachedByPhoneAndAnAbsenceEscalatesToSmsAfterTheReadWindow() {
        Participant neverActivated = scene.guardian();
        assertEquals(List.of("0 ZALO +0", "1 SMS +30"),
                enqueue(reach(ItemKind.ATTENDANCE, neverActivated, null, false), MORNING));
    }

    @Test
    void anAbsenceNotReadWithinTheReadWindowGoesToZaloThenSmsEvenAfterAPush() {
        Participant parent = scene.guardian();
        scene.endpoint(parent, ChannelName.APNS);
        assertEquals(List.of("0 APNS +0", "1 ZALO +30", "2 SMS +60"),
                enqueue(reach(ItemKind.ATTENDANCE, parent, null, false), MORNING));
    }

    @Test
    void connectedParentGetsNothingExtraForAGradeButAnUnreadAbsenceStillEscalates() {
        Participant parent = scene.guardian();
        scene.endpoint(parent, ChannelName.WEB_PUSH);
        scene.connect(parent);
        assertEquals(List.of(), enqueue(reach(ItemKind.GRADE, parent, null, false), MORNING));
        assertEquals(List.of("0 ZALO +30", "1 SMS +60"),
                enqueue(reach(ItemKind.ATTENDANCE, parent, null, false), MORNING));
    }

    @Test
    void quietHoursHoldOrdinaryItemsUntilMorningAndAnUrgentItemGoesAtOnce() {
        Participant parent = scene.guardian();
        scene.endpoint(parent, ChannelName.FCM);
        Instant night = Instant.parse("2026-12-07T15:00:00Z"); // 22:00 in Hà Nội; quiet until 06:30 = +510 min
        assertEquals(List.of("0 FCM +510"), enqueue(reach(ItemKind.GRADE, parent, null, false), night));
        assertEquals(List.of("0 FCM +0", "1 ZALO +60", "2 SMS +120"), // a directive's read window: 1 h
                enqueue(reach(ItemKind.DIRECTIVE, parent, null, true), night));
        Instant early = Instant.parse("2026-12-06T23:00:00Z"); // 06:00: the morning is half an hour away
        assertEquals(List.of("0 FCM +30"), enqueue(reach(ItemKind.GRADE, parent, null, false), early));
    }

    @Test
    void anUrgentCommentEscalatesAfterTwoHoursLikeAnActivityNotAfterHalfAnHour() {
        Participant parent = scene.guardian();
        scene.endpoint(parent, ChannelName.APNS);
        assertEquals(List.of("0 APNS +0", "1 ZALO +120", "2 SMS +240"),
                enqueue(reach(ItemKind.COMMENT, parent, null, true), MORNING));
        assertEquals(List.of("0 APNS +0", "1 ZALO +120", "2 SMS +240"),
                enqueue(reach(ItemKind.ACTIVITY, parent, null, true), MORNING));
    }

    @Test
    void anEscalationThatFallsIntoQuietHoursWaitsForTheMorning() {
        Participant parent = scene.guardian();
        scene.endpoint(parent, ChannelName.FCM);
        Instant evening = Instant.parse("2026-12-07T13:45:00Z"); // 20:45: the absence's Zalo step would fall at 21:15
        assertEquals(List.of("0 FCM +0", "1 ZALO +585", "2 SMS +615"),
                enqueue(reach(ItemKind.ATTENDANCE, parent, null, false), evening));
    }

    @Test
    void parentWhoTurnedChannelsOffGetsOnlyUrgentItems() {
        Participant parent = scene.guardian();
        scene.endpoint(parent, ChannelName.WEB_PUSH);
        scene.preference(parent, false, false);
        assertEquals(List.of(), enqueue(reach(ItemKind.ATTENDANCE, parent, null, false), MORNING));
        assertEquals(List.of("0 WEB_PUSH +0", "1 ZALO +60", "2 SMS +120"),
                enqueue(reach(ItemKind.DIRECTIVE, parent, null, true), MORNING));
        scene.preference(parent, true, false);
        assertEquals(List.of("0 WEB_PUSH +0"), enqueue(reach(ItemKind.HEALTH, parent, null, false), MORNING));
    }

    @Test
    void chatNeverGoesToAPaidChannelNotEvenUrgentOrWithoutTheApp() {
        Participant noApp = scene.guardian();
        assertEquals(List.of(), enqueue(reach(ItemKind.CHAT, noApp, null, false), MORNING));
        assertEquals(List.of(), enqueue(reach(ItemKind.CHAT, noApp, null, true), MORNING));
        Participant withApp = scene.guardian();
        scene.endpoint(withApp, ChannelName.WEB_PUSH);
        assertEquals(List.of("0 WEB_PUSH +0"), enqueue(reach(ItemKind.CHAT, withApp, null, true), MORNING));
    }

    @Test
    void onlyConfiguredChannelsAreUsed() {
        Participant parent = scene.guardian();
        scene.endpoint(parent, ChannelName.WEB_PUSH);
        scene.channels(EnumSet.of(ChannelName.SMS));
        assertEquals(List.of("0 SMS +0"), enqueue(reach(ItemKind.GRADE, parent, null, false), MORNING));
    }

    @Test
    void aTeacherWhoIsAlsoAParentGetsPushesForTheirChildOnTheDeviceTheyRegisteredAsATeacher() {
        String school = scene.newSchool();
        String phone = PeopleFixtures.phone();
        Participant teacher = Participant.staff(people.staff(school, PeopleFixtures.code("GV"), "Trần Văn Bình",
                "TEACHER", phone, true));
        Participant parent = Participant.guardian(people.guardian(phone, "Trần Văn Bình"));
        scene.endpoint(teacher, ChannelName.FCM);
        assertEquals(List.of("0 FCM +0"), enqueue(reach(ItemKind.GRADE, parent, null, false), MORNING));
    }

    @Test
    void anItemEnqueuedTwiceIsLeftAsItIs() {
        Participant parent = scene.guardian();
        Reach grade = reach(ItemKind.GRADE, parent, null, false);
        assertEquals(2, scene.enqueue(List.of(grade, grade), MORNING));
        assertEquals(0, scene.enqueue(List.of(grade), MORNING.plusSeconds(60)));
        assertEquals(List.of("0 ZALO +0", "1 SMS +0"), scene.rows(grade, MORNING));
        assertEquals(2, scene.count("""
                SELECT count(DISTINCT o.idempotency_key) FROM outbox o JOIN outbox_item i ON i.id = o.item_id
                WHERE i.item_ref = $1""", grade.itemRef()));
    }
}

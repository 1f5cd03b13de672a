package vn.lienlac.chat.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienlac.directory.Participant;

/** Who may open a direct conversation with whom ({@link DirectRules}), on the {@link SchoolScene}. */
@QuarkusTest
class DirectRulesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static SchoolScene shared;

    @Inject
    DirectRules rules;

    @Inject
    SchoolScenes scenes;

    @Inject
    ChatRows chat;

    @Inject
    Pool pool;

    private SchoolScene scene;

    @BeforeEach
    void scene() {
        if (shared == null) {
            shared = scenes.create();
        }
        scene = shared;
    }

    @ParameterizedTest(name = "{0}: {1} ↔ {2}")
    @CsvSource({
            "homeroom teacher and a guardian of the class, hr6, gAn",
            "subject teacher and a guardian of a student they teach, m7, gCuong",
            "subject teacher and a guardian with one child they teach, m7, gBinh",
            "homeroom teacher of another school and its guardian, tB, gDung",
            "guardians of one class, gAn, gBinh",
            "guardians who share a class through a second child, gBinh, gCuong",
            "principal and a teacher of the school, pA, hr6",
            "teacher and the nurse of one school, m7, nurse",
            "principal and a district officer of the school's district, pA, oD",
            "vice principal and a district officer of the school's district, vpA, oD",
            "teacher and the homeroom teacher of their own child (as a parent), tB, m7asParent"})
    void relatedPeopleMayTalkBothWays(String rule, String a, String b) {
        assertTrue(allows(a, b), rule + ": " + a + " → " + b);
        assertTrue(allows(b, a), rule + ": " + b + " → " + a);
    }

    @ParameterizedTest(name = "{0}: {1} ↔ {2}")
    @CsvSource({
            "guardians of different classes, gAn, gCuong",
            "guardians of different schools, gAn, gDung",
            "teacher of another school and a guardian, tB, gAn",
            "teachers of different schools, tB, hr6",
            "guardian and a teacher who does not teach their child, gAn, m7",
            "guardian and the principal who teaches nobody, gAn, pA",
            "guardian and the nurse, gAn, nurse",
            "district officer and a teacher, oD, hr6",
            "district officer of another district and a principal, oE, pA",
            "district officers of different districts, oD, oE",
            "the teacher (as staff) and the school of their own child, m7, tB"})
    void unrelatedPeopleMayNotTalkEitherWay(String rule, String a, String b) {
        assertFalse(allows(a, b), rule + ": " + a + " → " + b);
        assertFalse(allows(b, a), rule + ": " + b + " → " + a);
    }

    @Test
    void nobodyOpensAConversationWithThemselves() {
        assertFalse(allows("gAn", "gAn"));
        assertFalse(allows("hr6", "hr6"));
    }

    @Test
    void aBlockedGuardianMayNotOpenButTheBlockerStillMay() {
        SchoolScene own = scenes.create();
        chat.block(own.p("gBinh"), own.p("gAn"));

        assertFalse(allows(own, "gAn", "gBinh"));
        assertTrue(allows(own, "gBinh", "gAn"));
    }

    @Test
    void aGuardianWhoseLinkEndedIsNoLongerTheTeachersContact() {
        SchoolScene own = scenes.create();
        chat.execute("UPDATE student_guardian SET active = false WHERE guardian_id = $1",
                Participant.parse(own.p("gAn")).id());

        assertFalse(allows(own, "hr6", "gAn"));
        assertFalse(allows(own, "gBinh", "gAn"));
    }

    @Test
    void aTeacherWhoseClassEndedNoLongerReachesItsGuardians() {
        SchoolScene own = scenes.create();
        chat.execute("UPDATE teaching_assignment SET active = false WHERE staff_id = $1",
                Participant.parse(own.p("m7")).id());

        assertFalse(allows(own, "m7", "gCuong"));
        assertTrue(allows(own, "m7", "hr6"), "still a colleague");
    }

    @Test
    void aPersonInTwoCapacitiesOpensAsTheFirstOneAllowed() {
        List<Participant> m7 = List.of(participant("m7"), participant("m7asParent"));

        assertEquals(participant("m7asParent"), await(rules.firstAllowed(pool, m7, participant("tB"))));
        assertEquals(participant("m7"), await(rules.firstAllowed(pool, m7, participant("hr6"))));
    }

    @Test
    void onePersonsCapacitiesNeverReachEachOther() {
        List<Participant> m7 = List.of(participant("m7"), participant("m7asParent"));

        assertEquals(Set.of(), await(rules.allowedPairs(pool, m7, m7)).getOrDefault(participant("m7"), Set.of()));
    }

    private boolean allows(String from, String to) {
        return allows(scene, from, to);
    }

    private boolean allows(SchoolScene in, String from, String to) {
        return await(rules.allows(pool, Participant.parse(in.p(from)), Participant.parse(in.p(to))));
    }

    private Participant participant(String name) {
        return Participant.parse(scene.p(name));
    }

    private static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().atMost(TIMEOUT);
    }
}

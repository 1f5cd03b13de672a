package vn.lienlac.chat.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.rest.ChatPeople.Member;

/** A guardian's blocks over REST: guardians block guardians, idempotently. */
@QuarkusTest
class BlockApiTest {

    @Inject
    ChatPeople chat;

    private String school;
    private Member guardian;
    private Member other;

    @BeforeEach
    void twoGuardians() {
        school = chat.school();
        guardian = chat.guardian(school, null);
        other = chat.guardian(school, null);
    }

    @Test
    void aGuardianBlocksAnotherGuardianAndSeesTheBlock() {
        put(guardian, other.participant()).statusCode(204);

        get(guardian).statusCode(200)
                .body("$", hasSize(1))
                .body("[0].participant", equalTo(other.participant()))
                .body("[0].name", startsWith("Phụ huynh "))
                .body("[0].since", notNullValue());
        assertEquals(1L, chat.row("SELECT count(*) FROM chat_block WHERE blocker = $1 AND blocked = $2",
                guardian.participant(), other.participant()).getLong(0));
        get(other).statusCode(200).body("$", hasSize(0));
    }

    @Test
    void blockingAndUnblockingAreIdempotent() {
        put(guardian, other.participant()).statusCode(204);
        put(guardian, other.participant()).statusCode(204);
        get(guardian).statusCode(200).body("$", hasSize(1));

        delete(guardian, other.participant()).statusCode(204);
        delete(guardian, other.participant()).statusCode(204);

        get(guardian).statusCode(200).body("$", hasSize(0));
    }

    @Test
    void staffOneselfOrSomethingElseCannotBeBlocked() {
        Member teacher = chat.staff(school, "TEACHER");

        put(guardian, teacher.participant()).statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"));
        put(guardian, guardian.participant()).statusCode(400);
        put(guardian, "g:abc").statusCode(400);
        put(guardian, "g:0").statusCode(400);
        get(guardian).statusCode(200).body("$", hasSize(0));
    }

    @Test
    void someoneWithoutAGuardianParticipantCannotBlock() {
        Member teacher = chat.staff(school, "TEACHER");

        put(teacher, guardian.participant()).statusCode(403).body("code", equalTo("FORBIDDEN"));
        get(teacher).statusCode(403);
        delete(teacher, guardian.participant()).statusCode(403);
    }

    private static ValidatableResponse get(Member member) {
        return given().auth().oauth2(member.token()).get("/api/v1/chat/blocks").then();
    }

    private static ValidatableResponse put(Member member, String participant) {
        return given().auth().oauth2(member.token()).put("/api/v1/chat/blocks/{p}", participant).then();
    }

    private static ValidatableResponse delete(Member member, String participant) {
        return given().auth().oauth2(member.token()).delete("/api/v1/chat/blocks/{p}", participant).then();
    }
}

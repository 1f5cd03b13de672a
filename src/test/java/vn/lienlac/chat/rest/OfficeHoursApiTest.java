package vn.lienlac.chat.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.rest.ChatPeople.Member;

/** A staff member's office hours over REST: their own only, validated, with a default notice. */
@QuarkusTest
class OfficeHoursApiTest {

    static final String WEEKDAYS_7_TO_17 = """
            {"weekdays":[1,2,3,4,5],"opens":"07:00","closes":"17:00","notice":"Cô sẽ trả lời trong giờ làm việc."}""";

    @Inject
    ChatPeople chat;

    @Test
    void aTeacherSetsReadsAndRemovesTheirOfficeHours() {
        Member teacher = chat.staff(chat.school(), "TEACHER");

        put(teacher, null, WEEKDAYS_7_TO_17).statusCode(200)
                .body("$", hasSize(1))
                .body("[0].participant", equalTo(teacher.participant()))
                .body("[0].weekdays", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("[0].opens", equalTo("07:00"))
                .body("[0].closes", equalTo("17:00"))
                .body("[0].notice", equalTo("Cô sẽ trả lời trong giờ làm việc."))
                .body("[0].updatedAt", notNullValue());
        get(teacher).statusCode(200).body("[0].weekdays", equalTo(List.of(1, 2, 3, 4, 5)));
        var row = chat.row("SELECT weekdays::text, opens_at::text, closes_at::text FROM chat_office_hours "
                + "WHERE staff_id = $1", teacher.id());
        assertEquals("{1,2,3,4,5}", row.getString(0));
        assertEquals("07:00:00", row.getString(1));

        delete(teacher, null).statusCode(204);

        get(teacher).statusCode(200).body("$", hasSize(0));
        delete(teacher, null).statusCode(204);
    }

    @Test
    void settingAgainReplacesTheHours() {
        Member teacher = chat.staff(chat.school(), "TEACHER");
        put(teacher, null, WEEKDAYS_7_TO_17).statusCode(200);

        put(teacher, null, """
                {"weekdays":[6],"opens":"08:30","closes":"11:00"}""").statusCode(200);

        get(teacher).statusCode(200).body("$", hasSize(1))
                .body("[0].weekdays", equalTo(List.of(6)))
                .body("[0].opens", equalTo("08:30"));
    }

    @Test
    void withoutANoticeTheDefaultOneNamesTheHours() {
        Member principal = chat.staff(chat.school(), "PRINCIPAL");

        put(principal, null, """
                {"weekdays":[5,1,2,3,4],"opens":"07:30","closes":"16:45","notice":"   "}""").statusCode(200)
                .body("[0].weekdays", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("[0].notice", equalTo(
                        "Thầy/cô sẽ trả lời tin nhắn trong giờ làm việc (7:30–16:45, thứ Hai – thứ Sáu)."));
    }

    @Test
    void theNoticeIsStoredComposed() {
        Member teacher = chat.staff(chat.school(), "TEACHER");

        put(teacher, null, """
                {"weekdays":[1],"opens":"07:00","closes":"08:00","notice":"Co\u0302 ba\u0323\u0302n."}""").statusCode(200)
                .body("[0].notice", equalTo("Cô bận."));
    }

    @Test
    void aPersonWithTwoStaffPositionsSetsBothOrOne() {
        List<Member> positions = chat.staffInSchools("TEACHER", chat.school(), chat.school());
        Member first = positions.get(0);
        Member second = positions.get(1);

        put(first, null, WEEKDAYS_7_TO_17).statusCode(200).body("participant",
                containsInAnyOrder(first.participant(), second.participant()));
        put(first, second.participant(), """
                {"weekdays":[6,7],"opens":"09:00","closes":"10:00"}""").statusCode(200)
                .body("$", hasSize(1)).body("[0].participant", equalTo(second.participant()));
        delete(first, first.participant()).statusCode(204);

        get(first).statusCode(200).body("$", hasSize(1))
                .body("[0].participant", equalTo(second.participant()))
                .body("[0].weekdays", equalTo(List.of(6, 7)));
    }

    @Test
    void someoneElsesPositionCannotBeNamed() {
        Member teacher = chat.staff(chat.school(), "TEACHER");
        Member colleague = chat.staff(chat.school(), "TEACHER");

        put(teacher, colleague.participant(), WEEKDAYS_7_TO_17).statusCode(400).body("code", equalTo("BAD_REQUEST"));
        delete(teacher, colleague.participant()).statusCode(400);
        put(teacher, "g:1", WEEKDAYS_7_TO_17).statusCode(400);
    }

    @Test
    void aGuardianWithoutAStaffPositionIsForbidden() {
        Member guardian = chat.guardian(chat.school(), null);

        get(guardian).statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        put(guardian, null, WEEKDAYS_7_TO_17).statusCode(403);
        put(guardian, null, "{\"weekdays\":[9]}").statusCode(403);
        delete(guardian, null).statusCode(403);
    }

    @Test
    void invalidHoursAreRefusedWithEveryFieldError() {
        Member teacher = chat.staff(chat.school(), "TEACHER");

        put(teacher, null, """
                {"weekdays":[0,8],"opens":"7h","closes":"24:00","notice":"%s"}""".formatted("ạ".repeat(501)))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("weekdays", "opens", "closes", "notice"));
        put(teacher, null, """
                {"weekdays":[],"opens":"17:00","closes":"07:00"}""").statusCode(400)
                .body("errors.field", containsInAnyOrder("weekdays", "closes"));
        put(teacher, null, "").statusCode(400);
        put(teacher, null, "{\"weekdays\": \"thứ Hai\"}").statusCode(400);

        get(teacher).statusCode(200).body("$", hasSize(0));
    }

    private static ValidatableResponse get(Member member) {
        return given().auth().oauth2(member.token()).get("/api/v1/chat/office-hours").then();
    }

    private static ValidatableResponse put(Member member, String participant, String body) {
        var request = given().auth().oauth2(member.token()).contentType(ContentType.JSON).body(body);
        if (participant != null) {
            request.queryParam("participant", participant);
        }
        return request.put("/api/v1/chat/office-hours").then();
    }

    private static ValidatableResponse delete(Member member, String participant) {
        var request = given().auth().oauth2(member.token());
        if (participant != null) {
            request.queryParam("participant", participant);
        }
        return request.delete("/api/v1/chat/office-hours").then();
    }
}

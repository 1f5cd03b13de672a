package vn.lienlac.chat.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.chat.event.EventType;
import vn.lienlac.chat.rest.ChatPeople.Member;

/**
 * Reporting messages and handling the reports: a class group of one school with its homeroom teacher, another
 * teacher, two guardians, and the school's principal and vice principal (who are not members of the group).
 */
@QuarkusTest
class MessageReportApiTest {

    private static final String REASON = "Tin nhắn có lời lẽ xúc phạm phụ huynh khác.";

    @Inject
    ChatPeople chat;

    @Inject
    EventLog log;

    private String school;
    private Member homeroom;
    private Member teacher;
    private Member principal;
    private Member vicePrincipal;
    private Member parent;
    private Member otherParent;
    private long classId;
    private long group;
    private long message;

    @BeforeEach
    void classGroupWithAMessage() {
        school = chat.school();
        homeroom = chat.staff(school, "TEACHER");
        teacher = chat.staff(school, "TEACHER");
        principal = chat.staff(school, "PRINCIPAL");
        vicePrincipal = chat.staff(school, "VICE_PRINCIPAL");
        classId = chat.schoolClass(school, homeroom);
        parent = chat.guardian(school, classId);
        otherParent = chat.guardian(school, classId);
        group = chat.classGroup(school, classId, homeroom, teacher, parent, otherParent);
        message = chat.message(group, parent, "Lời lẽ không hay trong nhóm lớp.");
    }

    @Test
    void aMemberReportsAMessageAndTheHomeroomTeacherSeesTheReport() {
        long id = report(otherParent, group, message, REASON).statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("conversationId", equalTo((int) group))
                .body("seq", equalTo((int) message))
                .body("reason", equalTo(REASON))
                .extract().jsonPath().getLong("id");

        list(homeroom, null).statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo((int) id))
                .body("[0].status", equalTo("OPEN"))
                .body("[0].conversationKind", equalTo("CLASS"))
                .body("[0].conversationTitle", notNullValue())
                .body("[0].sender", equalTo(parent.participant()))
                .body("[0].senderName", notNullValue())
                .body("[0].text", equalTo("Lời lẽ không hay trong nhóm lớp."))
                .body("[0].messageHidden", equalTo(false))
                .body("[0].reporter", equalTo(otherParent.participant()))
                .body("[0].reporterName", notNullValue())
                .body("[0].reason", equalTo(REASON));
    }

    @Test
    void reportingTheSameMessageAgainReturnsTheFirstReport() {
        long id = report(otherParent, group, message, REASON).statusCode(201).extract().jsonPath().getLong("id");

        report(otherParent, group, message, "Lý do khác").statusCode(200)
                .body("id", equalTo((int) id))
                .body("reason", equalTo(REASON));

        assertEquals(1L, count("SELECT count(*) FROM chat_report WHERE conversation_id = $1", group));
    }

    @Test
    void theReasonIsStoredComposedAndMustBeOneTo500Characters() {
        report(otherParent, group, message, "  ").statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("reason"));
        report(otherParent, group, message, "ạ".repeat(501)).statusCode(400);
        report(otherParent, group, message, null).statusCode(400);

        report(otherParent, group, message, "Xu\u0301c pha\u0323m").statusCode(201).body("reason", equalTo("Xúc phạm"));
    }

    @Test
    void onlyActiveMembersReportAndOnlyMessages() {
        Member stranger = chat.guardian(school, null);
        report(stranger, group, message, REASON).statusCode(404).body("code", equalTo("NOT_FOUND"));
        report(principal, group, message, REASON).statusCode(404);
        report(otherParent, group, message + 100, REASON).statusCode(404);

        chat.remove(group, otherParent);

        report(otherParent, group, message, REASON).statusCode(404);
        assertEquals(0L, count("SELECT count(*) FROM chat_report WHERE conversation_id = $1", group));
    }

    @Test
    void theHomeroomTeacherThePrincipalAndTheVicePrincipalHandleClassGroupReports() {
        report(otherParent, group, message, REASON).statusCode(201);
        Member otherPrincipal = chat.staff(chat.school(), "PRINCIPAL");

        for (Member handler : List.of(homeroom, principal, vicePrincipal)) {
            list(handler, "OPEN").statusCode(200).body("$", hasSize(1));
        }
        for (Member other : List.of(teacher, parent, otherParent, otherPrincipal)) {
            list(other, "OPEN").statusCode(200).body("$", hasSize(0));
        }
    }

    @Test
    void someoneWhoDoesNotHandleAReportCannotHideOrDismissIt() {
        long id = report(otherParent, group, message, REASON).statusCode(201).extract().jsonPath().getLong("id");
        Member otherPrincipal = chat.staff(chat.school(), "PRINCIPAL");

        for (Member other : List.of(teacher, parent, otherParent, otherPrincipal)) {
            hide(other, id).statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
            dismiss(other, id).statusCode(404);
        }
        hide(homeroom, id + 1_000_000).statusCode(404);
        assertNull(chat.row("SELECT hidden_at FROM chat_event WHERE conversation_id = $1 AND seq = $2", group,
                message).getOffsetDateTime(0));
    }

    @Test
    void hidingAppendsAHiddenEventHidesTheMessageAndResolvesEveryOpenReport() {
        long first = report(otherParent, group, message, REASON).statusCode(201).extract().jsonPath().getLong("id");
        long second = report(teacher, group, message, "Không phù hợp.").statusCode(201)
                .extract().jsonPath().getLong("id");

        hide(homeroom, first).statusCode(200)
                .body("status", equalTo("HIDDEN"))
                .body("resolvedBy", equalTo(homeroom.participant()))
                .body("hiddenSeq", equalTo((int) message + 1));

        List<ChatEvent> events = log.after(group, 0, 10).await().atMost(Duration.ofSeconds(10));
        assertEquals(2, events.size());
        ChatEvent hiddenMessage = events.get(0);
        assertEquals(EventType.MESSAGE, hiddenMessage.type());
        assertNull(hiddenMessage.body());
        assertTrue(hiddenMessage.hidden());
        ChatEvent hidden = events.get(1);
        assertEquals(EventType.HIDDEN, hidden.type());
        assertEquals(message + 1, hidden.seq());
        assertEquals(homeroom.participant(), hidden.sender());
        assertEquals(message, hidden.targetSeq());
        for (long id : List.of(first, second)) {
            Row row = chat.row("SELECT status, resolved_by, resolved_at FROM chat_report WHERE id = $1", id);
            assertEquals("HIDDEN", row.getString("status"));
            assertEquals(homeroom.participant(), row.getString("resolved_by"));
        }
        assertEquals(1L, count("SELECT count(*) FROM audit_event WHERE action = 'CHAT_MESSAGE_HIDDEN' "
                + "AND subject = $1 AND school_code = $2", "report " + first, school));
        list(principal, "HIDDEN").statusCode(200).body("$", hasSize(2)).body("[0].messageHidden", equalTo(true))
                .body("[0].text", equalTo("Lời lẽ không hay trong nhóm lớp."));
        list(principal, "OPEN").statusCode(200).body("$", hasSize(0));
    }

    @Test
    void hidingAgainAppendsNoSecondEvent() {
        long first = report(otherParent, group, message, REASON).statusCode(201).extract().jsonPath().getLong("id");
        hide(homeroom, first).statusCode(200);

        hide(principal, first).statusCode(200).body("status", equalTo("HIDDEN"));

        assertEquals(message + 1, count("SELECT last_seq FROM conversation WHERE id = $1", group));
        assertEquals(1L, count("SELECT count(*) FROM chat_event WHERE conversation_id = $1 AND type = 'HIDDEN'",
                group));
    }

    @Test
    void aHiddenMessageCannotBeReportedAnyMore() {
        long first = report(otherParent, group, message, REASON).statusCode(201).extract().jsonPath().getLong("id");
        hide(homeroom, first).statusCode(200);

        report(teacher, group, message, REASON).statusCode(404);
        report(otherParent, group, message, REASON).statusCode(200).body("status", equalTo("HIDDEN"));
    }

    @Test
    void theAttachmentOfAHiddenMessageIsNoLongerServed() {
        String attachment = AttachmentApiTest.upload(parent, group, "image/png", "anh.png", AttachmentApiTest.PNG)
                .statusCode(201).extract().path("id");
        long withImage = chat.messageWithAttachment(group, parent, UUID.fromString(attachment));
        AttachmentApiTest.download(otherParent, attachment).statusCode(200);
        long id = report(otherParent, group, withImage, REASON).statusCode(201).extract().jsonPath().getLong("id");

        hide(principal, id).statusCode(200);

        AttachmentApiTest.download(otherParent, attachment).statusCode(404);
        AttachmentApiTest.download(parent, attachment).statusCode(404);
    }

    @Test
    void dismissingLeavesTheMessageAndIsIdempotent() {
        long id = report(otherParent, group, message, REASON).statusCode(201).extract().jsonPath().getLong("id");

        dismiss(vicePrincipal, id).statusCode(200)
                .body("status", equalTo("DISMISSED"))
                .body("resolvedBy", equalTo(vicePrincipal.participant()));
        dismiss(homeroom, id).statusCode(200).body("resolvedBy", equalTo(vicePrincipal.participant()));

        assertEquals(message, count("SELECT last_seq FROM conversation WHERE id = $1", group));
        list(homeroom, "OPEN").statusCode(200).body("$", hasSize(0));
        list(homeroom, "dismissed").statusCode(200).body("$", hasSize(1)).body("[0].status", equalTo("DISMISSED"));
    }

    @Test
    void aDismissedReportCanStillLeadToHidingButAHiddenOneCannotBeDismissed() {
        long id = report(otherParent, group, message, REASON).statusCode(201).extract().jsonPath().getLong("id");
        dismiss(homeroom, id).statusCode(200);

        hide(principal, id).statusCode(200).body("status", equalTo("HIDDEN")).body("hiddenSeq", notNullValue());

        dismiss(homeroom, id).statusCode(409).body("code", equalTo("CONFLICT"));
    }

    @Test
    void nobodyHandlesAReportOfTheirOwnMessage() {
        long own = chat.message(group, homeroom, "Tin của giáo viên chủ nhiệm.");
        long id = report(parent, group, own, REASON).statusCode(201).extract().jsonPath().getLong("id");

        list(homeroom, "OPEN").statusCode(200).body("$", hasSize(0));
        hide(homeroom, id).statusCode(404);
        list(principal, "OPEN").statusCode(200).body("$", hasSize(1));
    }

    @Test
    void directConversationReportsGoToThePrincipalsOfTheSchoolsThatLinkTheTwo() {
        long direct = chat.direct(parent, otherParent);
        long seq = chat.message(direct, parent, "Tin nhắn riêng.");
        report(otherParent, direct, seq, REASON).statusCode(201);

        list(principal, "OPEN").statusCode(200).body("$", hasSize(1)).body("[0].conversationKind", equalTo("DIRECT"));
        list(vicePrincipal, "OPEN").statusCode(200).body("$", hasSize(1));
        list(homeroom, "OPEN").statusCode(200).body("$", hasSize(0));
        list(chat.staff(chat.school(), "PRINCIPAL"), "OPEN").statusCode(200).body("$", hasSize(0));
    }

    @Test
    void staffGroupReportsGoToTheSchoolsPrincipals() {
        long staffGroup = chat.group("SCHOOL_STAFF", school, homeroom, teacher);
        long seq = chat.message(staffGroup, teacher, "Tin trong nhóm cán bộ.");
        report(homeroom, staffGroup, seq, REASON).statusCode(201);

        list(principal, "OPEN").statusCode(200).body("$", hasSize(1));
        list(homeroom, "OPEN").statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anUnknownStatusIsABadRequest() {
        list(principal, "CLOSED").statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }

    private long count(String sql, Object... params) {
        return chat.row(sql, params).getLong(0);
    }

    private static ValidatableResponse report(Member member, long conversationId, long seq, String reason) {
        String body = reason == null
                ? "{\"conversationId\":%d,\"seq\":%d}".formatted(conversationId, seq)
                : "{\"conversationId\":%d,\"seq\":%d,\"reason\":\"%s\"}".formatted(conversationId, seq, reason);
        return given().auth().oauth2(member.token()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/chat/reports").then();
    }

    private static ValidatableResponse list(Member member, String status) {
        var request = given().auth().oauth2(member.token());
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/api/v1/chat/reports").then();
    }

    private static ValidatableResponse hide(Member member, long reportId) {
        return given().auth().oauth2(member.token()).post("/api/v1/chat/reports/{id}/hide", reportId).then();
    }

    private static ValidatableResponse dismiss(Member member, long reportId) {
        return given().auth().oauth2(member.token()).post("/api/v1/chat/reports/{id}/dismiss", reportId).then();
    }
}

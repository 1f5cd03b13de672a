package vn.lienlac.chat.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.inbox.InboxItem;
import vn.lienlac.chat.inbox.InboxPosition;
import vn.lienlac.chat.inbox.InboxPosts;

/** {@code GET /api/v1/chat/inbox}: the caller's own inbox and its newest events in one answer. */
@QuarkusTest
class InboxPageApiTest {

    private static final String DATA = "{\"topic\":\"notice\",\"category\":\"ATTENDANCE\",\"noticeId\":7}";

    @Inject
    ChatFixtures chat;

    @Inject
    InboxPosts inbox;

    @Test
    void theNewestItemsComeWithTheirConversationOldestFirst() {
        Person mother = chat.guardian("Trần Thị Mai");
        List<InboxPosition> at = post(mother, "Thông báo 1", "Thông báo 2", "Thông báo 3");
        long inbox = at.get(0).conversationId();

        as(mother).queryParam("limit", 2).get("/api/v1/chat/inbox").then().statusCode(200)
                .body("conversation.id", equalTo((int) inbox))
                .body("conversation.kind", equalTo("INBOX"))
                .body("conversation.me", equalTo(mother.participant()))
                .body("conversation.lastSeq", equalTo((int) at.get(2).seq()))
                .body("events.text", contains("Thông báo 2", "Thông báo 3"))
                .body("events.seq", contains((int) at.get(1).seq(), (int) at.get(2).seq()))
                .body("hasMore", equalTo(true));
    }

    @Test
    void someoneWithoutAnInboxGetsAnEmptyPage() {
        Person father = chat.guardian("Lê Văn Hùng");
        as(father).get("/api/v1/chat/inbox").then().statusCode(200)
                .body("conversation", nullValue())
                .body("events", empty())
                .body("hasMore", equalTo(false));
    }

    @Test
    void eachCallerGetsOnlyTheirOwnInbox() {
        Person mother = chat.guardian("Trần Thị Mai");
        Person other = chat.guardian("Phạm Thị Hoa");
        post(mother, "Riêng của gia đình Mai");
        List<InboxPosition> theirs = post(other, "Riêng của gia đình Hoa");

        as(other).get("/api/v1/chat/inbox").then().statusCode(200)
                .body("conversation.id", equalTo((int) theirs.get(0).conversationId()))
                .body("events.findAll { it.kind == 'item' }.text", contains("Riêng của gia đình Hoa"));
    }

    @Test
    void aLimitOutOfRangeIsAProblem() {
        Person mother = chat.guardian("Trần Thị Mai");
        as(mother).queryParam("limit", 500).get("/api/v1/chat/inbox").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static io.restassured.specification.RequestSpecification as(Person person) {
        return given().auth().oauth2(person.token());
    }

    private List<InboxPosition> post(Person owner, String... texts) {
        return inbox.post(java.util.Arrays.stream(texts)
                .map(text -> InboxItem.post(owner.participant(), text, DATA, false)).toArray(InboxItem[]::new));
    }
}

package vn.lienlac.web.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.scheduled.ScheduledMessages;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WillSend;

/**
 * A teacher's message kept for 06:30 tomorrow shows in the conversation as waiting ("Sẽ gửi lúc 06:30 …") under the
 * messages, with "Hủy gửi"; cancelled there, it never reaches the parent (docs/web-chat.md, "Scheduled messages").
 */
@QuarkusTest
class ScheduledMessageJourneyTest extends BrowserJourney {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    ChatFixtures chat;

    @Inject
    ScheduledMessages scheduled;

    private final WebCodes codes = new WebCodes();

    @BeforeEach
    void codes() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
    }

    @Test
    void aScheduledMessageWaitsInTheConversationAndCanBeCancelledThere() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person parent = chat.guardian("Trần Thị Mai");
        long dm = chat.conversation("DIRECT", teacher, parent);
        LocalDate tomorrow = LocalDate.now(VN).plusDays(1);
        String text = "Chào chị Mai, sáng mai lớp kiểm tra 15 phút môn Toán ạ.";
        scheduleFor0630Tomorrow(teacher, dm, text);
        try (BrowserContext phone = browsers.phone()) {
            Page page = WebChatSignIn.as(phone, teacher, codes);
            Locator waiting = openWaiting(page, dm, text);
            page.waitForFunction("() => ['/app/chat/chat.css', '/app/scheduled/scheduled.css'].every((css) => "
                    + "[...document.styleSheets].some((s) => s.href && s.href.endsWith(css)))");
            Browsers.screenshot(page, "schedule", "tin-nhan-cho-gui");

            waiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hủy gửi: " + text)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận hủy gửi")).click();
            assertThat(waiting).hasCount(0);
            assertThat(page.getByText("Đã hủy gửi.")).isVisible();
            Browsers.screenshot(page, "schedule", "tin-nhan-da-huy");
        }
        scheduled.sendDue(tomorrow.plusDays(1).atStartOfDay(VN).toInstant()).await().atMost(Duration.ofSeconds(30));
        assertEquals(0, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1 AND type = 'MESSAGE'",
                dm));
        assertEquals(1, chat.count("SELECT count(*) FROM chat_scheduled_message WHERE conversation_id = $1 "
                + "AND state = 'CANCELLED'", dm));
    }

    @Test
    void aWaitingMessageIsNotAnEmptyConversationAndLeavesWhenItIsSent() {
        Person teacher = chat.teacher("Lê Văn Hùng");
        Person parent = chat.guardian("Phạm Thị Hoa");
        long dm = chat.conversation("DIRECT", teacher, parent);
        LocalDate tomorrow = LocalDate.now(VN).plusDays(1);
        String text = "Chào chị Hoa, mai cháu nhớ mang áo đồng phục thể dục ạ.";
        scheduleFor0630Tomorrow(teacher, dm, text);
        try (BrowserContext phone = browsers.phone()) {
            Page page = WebChatSignIn.as(phone, teacher, codes);
            Locator waiting = openWaiting(page, dm, text);
            assertThat(page.getByText("Chưa có tin nhắn.")).hasCount(0);

            // Its time passes on the server: the real message arrives over the socket and takes its place.
            scheduled.sendDue(tomorrow.plusDays(1).atStartOfDay(VN).toInstant()).await().atMost(Duration.ofSeconds(30));
            assertThat(page.locator(".messages [data-testid=message-text]", new Page.LocatorOptions().setHasText(text)))
                    .hasCount(1);
            assertThat(waiting).hasCount(0);
            assertThat(page.getByText("Chưa có tin nhắn.")).hasCount(0);
            Browsers.screenshot(page, "schedule", "tin-nhan-da-den-gio");
        }
    }

    /** The teacher keeps the message for 06:30 tomorrow (Vietnam time), through the API. */
    private static void scheduleFor0630Tomorrow(Person teacher, long dm, String text) {
        given().auth().oauth2(teacher.token()).contentType(ContentType.JSON)
                .body(Map.of("text", text, "sendAt", LocalDate.now(VN).plusDays(1) + "T06:30:00+07:00",
                        "clientId", "hen-" + dm))
                .post("/api/v1/chat/conversations/{id}/scheduled", dm).then().statusCode(201);
    }

    /** Opens the conversation; answers the waiting line of the text, once it says "Sẽ gửi lúc 06:30 …". */
    private static Locator openWaiting(Page page, long dm, String text) {
        page.navigate("/#/tro-chuyen/" + dm);
        Locator waiting = page.locator(".later-pending li", new Page.LocatorOptions().setHasText(text));
        assertThat(waiting).containsText(WillSend.at(LocalDate.now(VN).plusDays(1), "06:30"));
        return waiting;
    }
}

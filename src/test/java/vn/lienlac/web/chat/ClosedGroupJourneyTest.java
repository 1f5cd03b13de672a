package vn.lienlac.web.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.web.chat.ChatScreens.connected;
import static vn.lienlac.web.chat.ChatScreens.menuOf;
import static vn.lienlac.web.chat.ChatScreens.screenshot;
import static vn.lienlac.web.chat.ChatScreens.send;
import static vn.lienlac.web.chat.ChatScreens.texts;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.membership.ChatDirectory;
import vn.lienlac.chat.ws.ChatClient;
import vn.lienlac.directory.sync.rollover.RolloverScene;
import vn.lienlac.directory.sync.rollover.RolloverScene.Scene;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.identity.session.TestSessions;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;

/**
 * Last school year's class group in the web chat (docs/web-chat.md, "A closed class group"): a father of 6A1 reads its
 * history after the new year's import, with a note where the composer was, and a group that closes while he has it
 * open turns its composer into that note at his first refused send, keeping what he typed.
 */
@QuarkusTest
class ClosedGroupJourneyTest extends BrowserJourney {

    private static final String NOTE = "Nhóm lớp của năm học cũ — chỉ xem lại tin nhắn";
    private static final String SUMMER = "Chúc các em nghỉ hè vui vẻ!";
    private static final String TYPED = "Cô ơi, con nhà em lên lớp 7A1 ạ.";
    private static final String CLOSED_TITLE = "Lớp 6A1 — Năm học 2025-2026 (đã kết thúc)";

    @TestHTTPResource("/ws/chat")
    URI socket;

    @Inject
    RolloverScene scenes;

    @Inject
    ChatDirectory directory;

    @Inject
    TestSessions sessions;

    private final WebCodes codes = new WebCodes();

    @BeforeEach
    void codes() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
    }

    @Test
    void aClosedClassGroupShowsItsHistoryWithANoteWhereTheComposerWas() {
        Scene s = scenes.lastYear();
        long group6A1 = directory.classGroup(s.school(), "6A1", "CLASS");
        teacherSays(s, group6A1, SUMMER);
        rollover(s);
        long group7A1 = directory.classGroup(s.school(), "7A1", "CLASS");

        try (BrowserContext phone = browsers.phone()) {
            Page father = phone.newPage();
            WebSignIn.byCode(father, codes, s.father1());
            father.navigate("/#/tro-chuyen");
            father.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CLOSED_TITLE)).click();

            assertThat(texts(father)).hasText(new String[] {SUMMER});
            assertThat(father.locator("#screen-title")).hasText(CLOSED_TITLE);
            assertThat(father.getByText(NOTE)).isVisible();
            assertThat(father.getByLabel("Nội dung tin nhắn")).hasCount(0);
            assertThat(father.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)))
                    .hasCount(0);
            screenshot(father, "nhom-lop-da-ket-thuc");

            // The teacher's message can still be reported, not answered.
            menuOf(father, SUMMER).click();
            Locator menu = father.getByRole(AriaRole.DIALOG);
            assertThat(menu.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Báo cáo tin nhắn")))
                    .isVisible();
            assertThat(menu.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trả lời")))
                    .hasCount(0);
            screenshot(father, "nhom-lop-da-ket-thuc-menu");
            menu.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đóng")).click();

            // This year's class group takes messages as before.
            father.navigate("/#/tro-chuyen/" + group7A1);
            father.getByLabel("Nội dung tin nhắn").waitFor();
            assertThat(father.getByText(NOTE)).hasCount(0);
        }
    }

    @Test
    void aGroupThatClosesWhileOpenTurnsItsComposerIntoTheNoteAtTheRefusedSend() {
        Scene s = scenes.lastYear();
        long group6A1 = directory.classGroup(s.school(), "6A1", "CLASS");
        teacherSays(s, group6A1, SUMMER);

        try (BrowserContext phone = browsers.phone()) {
            Page father = phone.newPage();
            WebSignIn.byCode(father, codes, s.father1());
            father.navigate("/#/tro-chuyen/" + group6A1);
            assertThat(texts(father)).hasText(new String[] {SUMMER});
            Locator text = father.getByLabel("Nội dung tin nhắn");
            text.waitFor();
            connected(father);

            rollover(s);
            long group7A1 = directory.classGroup(s.school(), "7A1", "CLASS");
            text.fill(TYPED);
            send(father);

            assertThat(father.getByText(NOTE)).isVisible();
            assertThat(father.getByText("Năm học của lớp này đã kết thúc")).isVisible();
            assertThat(father.getByLabel("Nội dung tin nhắn")).hasCount(0);
            assertThat(father.locator("#screen-title")).hasText(CLOSED_TITLE);
            assertThat(texts(father)).hasText(new String[] {SUMMER});
            // What he typed is not lost: kept under the note, to copy or to take to this year's group.
            assertThat(father.getByLabel("Tin nhắn chưa gửi:")).hasValue(TYPED);
            assertThat(father.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sao chép"))).isVisible();
            screenshot(father, "nhom-lop-vua-ket-thuc");
            father.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gửi vào nhóm lớp năm học mới")).click();
            assertThat(father).hasURL(Pattern.compile(".*#/tro-chuyen/" + group7A1 + "$"));
            assertThat(father.getByLabel("Nội dung tin nhắn")).hasValue(TYPED);
            assertThat(father.getByText("Năm học của lớp này đã kết thúc")).hasCount(0);
            screenshot(father, "nhom-lop-moi-tin-mang-sang");

            // Back in last year's group (a reload: kept on the device), until he drops it.
            father.navigate("/#/tro-chuyen/" + group6A1);
            father.reload();
            assertThat(father.getByLabel("Tin nhắn chưa gửi:")).hasValue(TYPED);
            father.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bỏ tin này")).click();
            assertThat(father.getByLabel("Tin nhắn chưa gửi:")).hasCount(0);
        }
        assertEquals(1, directory.events(group6A1, 0).stream().filter(e -> e.contains(" MESSAGE ")).count(),
                "nothing was stored after the group closed");
    }

    private void teacherSays(Scene s, long group, String message) {
        String token = sessions.open(s.homeroomPhone(), s.homeroom(), Set.of()).accessToken();
        try (ChatClient teacher = ChatClient.connect(socket, token)) {
            teacher.sync(new JsonObject());
            assertEquals("ack", teacher.sendMessage(group, "summer", message).getString("type"));
        }
    }

    /** The new year's import, and its new class group filled: last year's 6A1 is closed. */
    private void rollover(Scene s) {
        scenes.rollover(s, false).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.classGroup(s.school(), "7A1", "CLASS") != null
                && directory.members(directory.classGroup(s.school(), "7A1", "CLASS")).size() == 3);
    }
}

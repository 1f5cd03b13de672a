package vn.lienlac.web.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.web.chat.ChatScreens.connected;
import static vn.lienlac.web.chat.ChatScreens.menuOf;
import static vn.lienlac.web.chat.ChatScreens.screenshot;
import static vn.lienlac.web.chat.ChatScreens.send;
import static vn.lienlac.web.chat.ChatScreens.texts;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.ws.ChatClient;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.WebCodes;

/**
 * A teacher and a parent chat, each on their own phone (two browser contexts): live delivery, typing, the read mark,
 * a reply, a photo, a recall; the parent's network is cut and comes back, and both see every message exactly once,
 * in order; more messages than the server replays are missed and all of them are shown after reconnecting.
 */
@QuarkusTest
class ChatJourneyTest extends BrowserJourney {

    @TestHTTPResource("/ws/chat")
    URI socket;

    @Inject
    ChatFixtures chat;

    private final WebCodes codes = new WebCodes();


    @BeforeEach
    void codes() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
    }


    @Test
    void teacherAndParentChatLiveAndNothingIsLostOrDoubledWhenTheParentsNetworkDrops() throws IOException {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person parent = chat.guardian("Trần Thị Mai");
        long dm = chat.conversation("DIRECT", teacher, parent);
        try (BrowserContext teacherContext = browsers.phone(); BrowserContext parentContext = browsers.phone()) {
            Page teacherPage = WebChatSignIn.as(teacherContext, teacher, codes);
            Page parentPage = WebChatSignIn.as(parentContext, parent, codes);

            parentPage.navigate("/#/tro-chuyen");
            parentPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nguyễn Thị Lan")).click();
            teacherPage.navigate("/#/tro-chuyen/" + dm);
            Locator teacherText = teacherPage.getByLabel("Nội dung tin nhắn");
            teacherText.waitFor();
            parentPage.getByLabel("Nội dung tin nhắn").waitFor();
            connected(teacherPage);
            connected(parentPage);

            // Typing, then live delivery, then the read mark under the teacher's message.
            teacherText.fill("Chào chị Mai, chiều nay lớp tan lúc 16:30 ạ.");
            assertThat(parentPage.getByText("Nguyễn Thị Lan đang soạn tin…")).isVisible();
            send(teacherPage);
            assertThat(texts(parentPage)).hasText(new String[] {"Chào chị Mai, chiều nay lớp tan lúc 16:30 ạ."});
            assertThat(teacherPage.getByText("Đã xem", new Page.GetByTextOptions().setExact(true))).isVisible();

            // The parent replies to it: the reply quotes it on both phones.
            menuOf(parentPage, "Chào chị Mai").click();
            screenshot(parentPage, "menu-tin-nhan");
            parentPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lời")).click();
            parentPage.getByLabel("Nội dung tin nhắn").fill("Dạ, em cảm ơn cô.");
            send(parentPage);
            String[] soFar = {"Chào chị Mai, chiều nay lớp tan lúc 16:30 ạ.", "Dạ, em cảm ơn cô."};
            assertThat(texts(teacherPage)).hasText(soFar);
            assertThat(teacherPage.locator("blockquote").getByText("Chào chị Mai")).isVisible();

            // The parent's network is cut: the teacher sends three, the parent one, which waits on the phone.
            parentContext.setOffline(true);
            List<String> teacherMessages = List.of("Tin 1: nhớ mang áo mưa.", "Tin 2: mai kiểm tra Toán.",
                    "Tin 3: họp phụ huynh thứ Bảy.");
            for (String text : teacherMessages) {
                teacherText.fill(text);
                send(teacherPage);
            }
            parentPage.getByLabel("Nội dung tin nhắn").fill("Em gửi khi mất mạng.");
            send(parentPage);
            assertThat(parentPage.getByText("Sẽ gửi khi có mạng")).isVisible();
            screenshot(parentPage, "ngoai-tuyen-cho-gui");

            parentContext.setOffline(false);
            List<String> all = new ArrayList<>(List.of(soFar));
            all.addAll(teacherMessages);
            all.add("Em gửi khi mất mạng.");
            String[] expected = all.toArray(String[]::new);
            assertThat(texts(parentPage)).hasText(expected);
            assertThat(texts(teacherPage)).hasText(expected);
            assertThat(parentPage.getByText("Sẽ gửi khi có mạng")).hasCount(0);
            assertThat(parentPage.getByText("Đang gửi…")).hasCount(0);
            long stored = chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1 AND type = 'MESSAGE'",
                    dm);
            assertEquals(all.size(), stored, "each message stored once");

            // A photo from the teacher's phone, then a recalled message.
            teacherPage.getByLabel("Gửi ảnh hoặc tệp PDF").setInputFiles(new FilePayload("lop-6a1.png", "image/png",
                    photo()));
            assertThat(parentPage.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Ảnh: lop-6a1.png")))
                    .isVisible();
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> Boolean.TRUE.equals(parentPage.evaluate(
                    "() => [...document.querySelectorAll('img')].some((i) => i.complete && i.naturalWidth > 0)")));
            teacherText.fill("Xin lỗi, tin này gửi nhầm.");
            send(teacherPage);
            assertThat(parentPage.getByText("Xin lỗi, tin này gửi nhầm.")).isVisible();
            menuOf(teacherPage, "Xin lỗi, tin này gửi nhầm.").click();
            teacherPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thu hồi")).click();
            teacherPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đồng ý")).click();
            assertThat(parentPage.getByText("Tin nhắn đã được thu hồi")).isVisible();
            assertThat(parentPage.getByText("Xin lỗi, tin này gửi nhầm.")).hasCount(0);
            screenshot(parentPage, "tro-chuyen-anh-thu-hoi");
            screenshot(teacherPage, "tro-chuyen-giao-vien");
            parentPage.evaluate("() => window.scrollTo(0, 0)");
            screenshot(parentPage, "tro-chuyen-tra-loi");

            parentPage.navigate("/#/tro-chuyen");
            assertThat(parentPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nguyễn Thị Lan")))
                    .isVisible();
            screenshot(parentPage, "danh-sach");
        }
    }

    @Test
    void moreMessagesThanTheServerReplaysAreAllShownAfterReconnecting() {
        Person teacher = chat.teacher("Phạm Văn Hùng");
        Person parent = chat.guardian("Đỗ Thị Hoa");
        long dm = chat.conversation("DIRECT", teacher, parent);
        // A narrow phone (320 px) this time.
        try (BrowserContext parentContext = browsers.context(320, 740, true);
                ChatClient teacherSocket = ChatClient.connect(socket, teacher.token())) {
            teacherSocket.sync(new JsonObject());
            Page parentPage = WebChatSignIn.as(parentContext, parent, codes);
            parentPage.navigate("/#/tro-chuyen/" + dm);
            parentPage.getByLabel("Nội dung tin nhắn").waitFor();
            connected(parentPage);
            sendAll(teacherSocket, dm, List.of("Trước khi mất mạng"));
            assertThat(texts(parentPage)).hasText(new String[] {"Trước khi mất mạng"});

            parentContext.setOffline(true);
            List<String> missed = IntStream.rangeClosed(1, 130).mapToObj(i -> "Tin nhắn số " + i).toList();
            sendAll(teacherSocket, dm, missed);
            parentContext.setOffline(false);

            List<String> all = new ArrayList<>(List.of("Trước khi mất mạng"));
            all.addAll(missed);
            assertThat(texts(parentPage)).hasText(all.toArray(String[]::new),
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
            screenshot(parentPage, "sau-khoang-trong-320px");
        }
    }

    /** Sends through a real WebSocket, resending with the same clientId after RATE_LIMITED as the protocol says. */
    private static void sendAll(ChatClient client, long conversationId, List<String> texts) {
        for (String text : texts) {
            String clientId = "fx-" + System.nanoTime();
            for (;;) {
                JsonObject answer = client.sendMessage(conversationId, clientId, text);
                if (!"RATE_LIMITED".equals(answer.getString("code"))) {
                    assertEquals("ack", answer.getString("type"), answer.encode());
                    break;
                }
                long wait = answer.getLong("retryAfterMs", 100L);
                Awaitility.await().pollDelay(Duration.ofMillis(wait)).atMost(Duration.ofMillis(wait + 1000))
                        .until(() -> true);
            }
        }
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, 640, 400);
        g.setColor(new Color(0xfbc02d));
        g.fillOval(420, 40, 140, 140);
        g.setColor(new Color(0x1565c0));
        g.fillRect(0, 300, 640, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        assertTrue(out.size() > 0);
        return out.toByteArray();
    }
}

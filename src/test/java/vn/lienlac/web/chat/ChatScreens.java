package vn.lienlac.web.chat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import vn.lienlac.web.Browsers;

/** What the chat journeys do and look at on a conversation's screen, the way a person would. */
final class ChatScreens {

    private ChatScreens() {
    }

    /** What the phone's screen shows now (360×740): the composer and the tab bar stay where they are. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("chat").resolve(name + ".png")));
    }

    /** The texts of the messages shown, in order. */
    static Locator texts(Page page) {
        return page.getByTestId("message-text");
    }

    static void send(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
    }

    /** The "⋮" button of the message that shows this text. */
    static Locator menuOf(Page page, String text) {
        return page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(text))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tùy chọn tin nhắn"));
    }

    /** Waits until the page's chat client is connected and synced. */
    static void connected(Page page) {
        page.evaluate("() => import('/app/chat/client.js').then((m) => { window.chatUnderTest = m; })");
        page.waitForFunction("() => window.chatUnderTest.isSynced()");
    }
}

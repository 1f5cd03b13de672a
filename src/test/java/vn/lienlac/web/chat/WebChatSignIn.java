package vn.lienlac.web.chat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;

/** Signs a chat person in on a phone the way they would: their number, the one-time code from the text message. */
final class WebChatSignIn {

    private WebChatSignIn() {
    }

    static Page as(BrowserContext context, Person person, WebCodes codes) {
        Page page = context.newPage();
        WebSignIn.byCode(page, codes, person.phone());
        return page;
    }
}

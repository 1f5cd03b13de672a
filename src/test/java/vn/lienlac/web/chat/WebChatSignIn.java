package vn.lienlac.web.chat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.web.WebCodes;

/** Signs a chat person in on a phone the way they would: their number, the one-time code from the text message. */
final class WebChatSignIn {

    private WebChatSignIn() {
    }

    static Page as(BrowserContext context, Person person, WebCodes codes) {
        Page page = context.newPage();
        page.navigate("/");
        page.getByLabel("Số điện thoại").fill(PeopleFixtures.local(person.phone()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận mã đăng nhập")).click();
        page.getByLabel("Mã đăng nhập (6 chữ số)").fill(codes.lastCodeFor(person.phone()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        page.waitForURL(url -> !url.contains("dang-nhap"));
        return page;
    }
}

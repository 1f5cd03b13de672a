package vn.lienlac.web.inbox;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.web.WebCodes;

/** A parent using the app in a browser: signing in by phone number and one-time code, as they would. */
final class ParentApp {

    private ParentApp() {
    }

    /** Signs in on the sign-in page and waits for the inbox's shortcuts to the contact book. */
    static void signIn(Page page, WebCodes codes, String phoneE164) {
        page.navigate("/");
        page.getByLabel("Số điện thoại").fill(PeopleFixtures.local(phoneE164));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận mã đăng nhập")).click();
        page.getByLabel("Mã đăng nhập (6 chữ số)").fill(codes.lastCodeFor(phoneE164));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sổ liên lạc của con")).waitFor();
    }
}

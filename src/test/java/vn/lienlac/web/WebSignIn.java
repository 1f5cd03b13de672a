package vn.lienlac.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import vn.lienlac.directory.rest.PeopleFixtures;

/** Signs a person in on the app's sign-in page the way they would: their number, then the code from the message. */
public final class WebSignIn {

    private WebSignIn() {
    }

    /** Types the number and the one-time code sent to it, and waits until the app has left the sign-in page. */
    public static void byCode(Page page, WebCodes codes, String phoneE164) {
        page.navigate("/");
        page.getByLabel("Số điện thoại").fill(PeopleFixtures.local(phoneE164));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận mã đăng nhập")).click();
        page.getByLabel("Mã đăng nhập (6 chữ số)").fill(codes.lastCodeFor(phoneE164));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        page.waitForURL(url -> !url.contains("dang-nhap"));
    }
}

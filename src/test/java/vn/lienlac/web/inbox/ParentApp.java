package vn.lienlac.web.inbox;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;

/** A parent using the app in a browser: signing in by phone number and one-time code, as they would. */
public final class ParentApp {

    private ParentApp() {
    }

    /** Signs in on the sign-in page and waits for the inbox's chips to the contact book. */
    public static void signIn(Page page, WebCodes codes, String phoneE164) {
        WebSignIn.byCode(page, codes, phoneE164);
        sections(page).waitFor();
    }

    /** The inbox's line of chips to the child's contact book. */
    public static Locator sections(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sổ liên lạc của con"));
    }
}

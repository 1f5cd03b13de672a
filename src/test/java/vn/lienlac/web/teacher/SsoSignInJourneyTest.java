package vn.lienlac.web.teacher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.sso.KeycloakResource;
import vn.lienlac.identity.sso.TestRealm;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;

/**
 * A teacher signs in to the web app with their sector account, at a real Keycloak's own login page
 * ({@link KeycloakResource}, realm nganh-gd, web client {@value KeycloakResource#WEB_CLIENT}: authorization code with
 * PKCE in the browser), comes back signed in to Liên Lạc and stays so across a reload; someone the directory does not
 * know is told so on the sign-in page. Skipped, saying why, without Java 21+ for Keycloak or without Chromium.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class SsoSignInJourneyTest extends BrowserJourney {

    private static final String GROUP = "sso";
    private static final String SSO_BUTTON = "Đăng nhập bằng tài khoản ngành (SSO)";

    @Inject
    TeacherScene scenes;

    @Inject
    TestRealm realm;

    @BeforeEach
    void keycloakRuns() {
        realm.assumeRunning();
    }

    @Test
    void teacherSignsInWithTheirSectorAccountAndStaysSignedIn() {
        // gv.lan of the realm is, in the directory, the homeroom teacher of 6A1 (and teaches Toán there)
        scenes.create(realm.staffCode("GV-LAN"));

        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            List<String> problems = new ArrayList<>();
            page.onPageError(problems::add);
            page.navigate("/");
            assertThat(ssoButton(page)).isVisible();
            Browsers.screenshot(page, GROUP, "nut-dang-nhap-sso");

            signInAtKeycloak(page, "gv.lan");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lớp 6A1")).waitFor();
            assertFalse(page.url().contains("code="), "the SSO's answer is taken out of the address: " + page.url());
            Browsers.screenshot(page, GROUP, "lop-cua-toi");
            assertEquals(List.of(), page.evaluate("Object.keys(sessionStorage)"), "nothing left in sessionStorage");

            // A reload is still signed in: the session is ours now (the refresh cookie), not the SSO's.
            page.reload();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lớp 6A1")).waitFor();
            assertThat(ssoButton(page)).hasCount(0);
            assertTrue(problems.isEmpty(), "page errors: " + problems);
        }
    }

    @Test
    void someoneTheDirectoryDoesNotKnowIsToldSoOnTheSignInPage() {
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            page.navigate("/");
            signInAtKeycloak(page, "nguoi.la");
            assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                    "Tài khoản đăng nhập một lần (SSO) không gắn với cán bộ nào đang công tác trong danh bạ của Liên Lạc.");
            assertThat(ssoButton(page)).isVisible();
            assertThat(page.getByLabel("Số điện thoại")).isVisible();
            assertFalse(page.url().contains("code="), page.url());
            Browsers.screenshot(page, GROUP, "loi-khong-co-trong-danh-ba");
        }
    }

    /** Clicks the SSO button, signs in on Keycloak's own page, and waits to be back in the app. */
    private void signInAtKeycloak(Page page, String username) {
        ssoButton(page).click();
        page.waitForURL(Pattern.compile("^" + Pattern.quote(realm.url()) + "/.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(realm.password());
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile("^" + Pattern.quote(browsers.baseUrl()) + "/.*"));
    }

    private static com.microsoft.playwright.Locator ssoButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SSO_BUTTON));
    }
}

package vn.lienlac.web.teacher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.sso.KeycloakResource;
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
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    Clock clock;

    @ConfigProperty(name = KeycloakResource.UNAVAILABLE)
    Optional<String> unavailable;

    @ConfigProperty(name = KeycloakResource.REALM_URL)
    Optional<String> realmUrl;

    @ConfigProperty(name = KeycloakResource.CODE_SUFFIX)
    Optional<String> codeSuffix;

    @ConfigProperty(name = KeycloakResource.PASSWORD)
    Optional<String> password;

    @BeforeEach
    void keycloakRuns() {
        assumeTrue(unavailable.isEmpty(), () -> "SSO tests skipped: " + unavailable.orElse(""));
    }

    @Test
    void teacherSignsInWithTheirSectorAccountAndStaysSignedIn() {
        // gv.lan of the realm is, in the directory, the homeroom teacher of 6A1 (and teaches Toán there)
        String school = schools.newSchool();
        long teacher = people.staff(school, "GV-LAN-" + codeSuffix.orElseThrow(), "Nguyễn Thị Lan", "TEACHER",
                PeopleFixtures.phone(), true);
        long classId = people.schoolClass(school, SchoolYears.current(clock), "6A1", teacher);
        people.teach(teacher, classId, "Toán");
        people.enrolledStudent(school, classId, "Nguyễn Văn An");

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
        page.waitForURL(Pattern.compile("^" + Pattern.quote(realmUrl.orElseThrow()) + "/.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password.orElseThrow());
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile("^" + Pattern.quote(browsers.baseUrl()) + "/.*"));
    }

    private static com.microsoft.playwright.Locator ssoButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SSO_BUTTON));
    }
}

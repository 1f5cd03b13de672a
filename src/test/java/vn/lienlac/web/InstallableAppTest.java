package vn.lienlac.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app is served at /, in Vietnamese, installable (manifest, icons, service worker), within its CSP. */
@QuarkusTest
class InstallableAppTest extends BrowserJourney {




    @Test
    void aNewVisitorSeesTheSignInPageInVietnameseAndTheAppIsInstallable() {
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(message -> {
                // A 401 from the refresh of a visitor without a session is logged by Chromium too; it is expected.
                if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                    problems.add(message.text());
                }
            });
            page.onPageError(problems::add);
            page.navigate("/");
            page.getByLabel("Số điện thoại").waitFor();
            assertTrue(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Nhận mã đăng nhập")).isVisible());
            assertEquals("vi", page.locator("html").getAttribute("lang"));
            Object manifest = page.evaluate("async () => (await (await fetch(document.querySelector("
                    + "'link[rel=manifest]').href)).json()).name");
            assertEquals("Liên Lạc — Sổ liên lạc điện tử", manifest);
            Object controlled = page.evaluate("async () => { const r = await navigator.serviceWorker.ready;"
                    + " return r.active !== null; }");
            assertEquals(Boolean.TRUE, controlled);
            Browsers.screenshot(page, "installable", "dang-nhap");
            assertTrue(problems.isEmpty(), "console errors (a CSP violation shows here): " + problems);
        }
    }
}

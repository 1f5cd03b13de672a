package vn.lienlac.web;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A class of browser journeys: one Chromium for the class (skipped, saying so, where none is installed), closed
 * after it. Subclasses are {@code @QuarkusTest}s and open a context per person ({@link Browsers#phone()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney {

    protected Browsers browsers;

    @BeforeAll
    void launchBrowser() {
        browsers = Browsers.launch();
        // The machine is shared: a send and the screen's answer can take longer than Playwright's default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    void closeBrowser() {
        if (browsers != null) {
            browsers.close();
        }
    }
}

package vn.lienlac.web;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A class of browser journeys: one Chromium for the class (skipped, saying so, where none is installed), closed
 * after it. Subclasses are {@code @QuarkusTest}s and open a context per person ({@link Browsers#phone()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney {

    static final String SKIPPED = "Browser tests skipped: no Chromium (apt-get install -y chromium, or set "
            + "LIENLAC_CHROMIUM)";

    protected Browsers browsers;

    @BeforeAll
    void launchBrowser() {
        if (Browsers.chromium().isEmpty()) {
            System.err.println("[WARNING] " + SKIPPED + " (" + getClass().getSimpleName() + ")");
            return;
        }
        browsers = Browsers.launch();
        // The machine is shared: a send and the screen's answer can take longer than Playwright's default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    /** Each journey is reported as skipped, with the reason, when the machine has no Chromium. */
    @BeforeEach
    void needChromium() {
        Assumptions.assumeTrue(browsers != null, SKIPPED);
    }

    @AfterAll
    void closeBrowser() {
        if (browsers != null) {
            browsers.close();
        }
    }
}

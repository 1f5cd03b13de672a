package vn.lienlac.web.console;

import com.microsoft.playwright.Page;
import vn.lienlac.web.Browsers;

/** Screenshots of a console screen at a laptop's 1366×768 and a phone's 360×740, under target/screenshots/console/. */
final class ConsoleShots {

    static final int LAPTOP_W = 1366;
    static final int LAPTOP_H = 768;

    private ConsoleShots() {
    }

    /** Both sizes of what the page shows now; the page is left at the laptop's size. */
    static void both(Page page, String name) {
        // From the top, so that the sticky header is where a person sees it.
        page.evaluate("() => window.scrollTo(0, 0)");
        page.setViewportSize(LAPTOP_W, LAPTOP_H);
        Browsers.screenshot(page, "console", name + "-1366");
        page.setViewportSize(360, 740);
        Browsers.screenshot(page, "console", name + "-360");
        page.setViewportSize(LAPTOP_W, LAPTOP_H);
    }
}

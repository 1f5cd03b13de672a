package vn.lienlac.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * Real Chromium for the web app's journeys (docs/web.md, "Tests"): Debian's {@code chromium} driven by Java
 * Playwright, headless, as root too. Where no Chromium is installed the tests are skipped, saying so (the README's
 * test command still passes; {@code .ci/run} installs it). One browser per test class; each person gets their own
 * context (cookies, storage, service worker), at a phone's size, in Vietnamese.
 */
public final class Browsers implements AutoCloseable {

    /** Where the screenshots of a run are kept, to be looked at (target/screenshots/&lt;class&gt;/&lt;name&gt;.png). */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    private Browsers(Playwright playwright, Browser browser, String baseUrl) {
        this.playwright = playwright;
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** The machine's Chromium ({@code LIENLAC_CHROMIUM} overrides), or empty. */
    public static Optional<Path> chromium() {
        String configured = System.getenv("LIENLAC_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Paths.get(configured)).filter(Files::isExecutable);
        }
        return CANDIDATES.stream().map(Paths::get).filter(Files::isExecutable).findFirst();
    }

    /** Launches Chromium against the running test server; skips the calling test class when there is none. */
    public static Browsers launch() {
        Optional<Path> executable = chromium();
        Assumptions.assumeTrue(executable.isPresent(),
                "Browser tests skipped: no Chromium (apt-get install -y chromium, or set LIENLAC_CHROMIUM)");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // On Linux, Chromium takes its UI locale (date inputs' dd/mm/yyyy, the file button's words) from LANGUAGE,
        // not from --lang, and needs Debian's chromium-l10n for Vietnamese; without it it falls back to en-US.
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.put("LANGUAGE", "vi");
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable.get())
                .setEnv(env)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--lang=vi")));
        return new Browsers(playwright, browser, testUrl());
    }

    /** http://localhost:&lt;test port&gt; — localhost, so that the Secure refresh cookie is kept over plain HTTP. */
    public static String testUrl() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        if (port == 0) {
            port = ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class);
        }
        return "http://localhost:" + port;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A phone: 360×740, Vietnamese, touch, its own cookies and storage. */
    public BrowserContext phone() {
        return context(360, 740, true);
    }

    /** A laptop: 1280×800. */
    public BrowserContext laptop() {
        return context(1280, 800, false);
    }

    public BrowserContext context(int width, int height, boolean mobile) {
        return context(width, height, mobile, 1);
    }

    /**
     * A window of width×height CSS pixels, each {@code deviceScaleFactor} screen pixels: a laptop's 1280×800 window
     * at 200 % zoom is {@code context(640, 400, false, 2)}.
     */
    public BrowserContext context(int width, int height, boolean mobile, double deviceScaleFactor) {
        forgetLoopbackSignIns();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(width, height)
                .setDeviceScaleFactor(deviceScaleFactor)
                .setIsMobile(mobile)
                .setHasTouch(mobile)
                .setLocale("vi-VN") // also the requests' Accept-Language
                .setTimezoneId("Asia/Ho_Chi_Minh"));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /**
     * Every journey signs in from this machine's loopback address, so the per-client limits on sign-in codes (30
     * requests and 60 checks an hour, tested in OtpServiceTest) would count all journeys of a run together and stop
     * the later ones. Each new person starts with the loopback's earlier requests no longer counted: their rows are
     * re-keyed, not deleted, so a code already sent still works.
     */
    private static void forgetLoopbackSignIns() {
        AgroalDataSource db = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE otp_challenge SET client_ip = 'browser-tests-earlier' WHERE client_ip IN "
                    + LOOPBACK_KEYS);
            sql.executeUpdate("DELETE FROM otp_verify_attempt WHERE client_ip IN " + LOOPBACK_KEYS);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the loopback's sign-in limits", e);
        }
    }

    /** How the throttles key the loopback client (ClientKeys: IPv4 itself, IPv6 by its /64). */
    private static final String LOOPBACK_KEYS = "('127.0.0.1', '0:0:0:0:0:0:0:0/64', '::/64')";

    /** Keeps a screenshot of what the person sees now, under target/screenshots/&lt;group&gt;/&lt;name&gt;.png. */
    public static Path screenshot(Page page, String group, String name) {
        Path file = SCREENSHOTS.resolve(group).resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * The same for a page whose browser settings were changed over CDP (the text size: {@code Page.setFontSizes}):
     * Chromium's capture of a whole page taller than the window drops them, so the window is made as tall as the page
     * for the shot instead, and put back after it.
     */
    public static Path screenshotKeepingSettings(Page page, String group, String name) {
        Path file = SCREENSHOTS.resolve(group).resolve(name + ".png");
        var window = page.viewportSize();
        int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
        page.setViewportSize(window.width, Math.max(window.height, height));
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file));
        } finally {
            page.setViewportSize(window.width, window.height);
        }
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

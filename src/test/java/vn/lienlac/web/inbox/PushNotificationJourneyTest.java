package vn.lienlac.web.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.inbox.FamilyScene.Family;

/**
 * A parent's phone and Web Push (docs/notifications.md, "Web Push"): Settings offers "Bật thông báo trên thiết bị
 * này", and a push reaching the app's service worker shows as a notification with the server's title, text, tag and
 * link. A headless Chromium cannot subscribe at a real push service here (no network), so the push is handed to the
 * service worker the way DevTools does it (CDP {@code ServiceWorker.deliverPushMessage}), with the JSON the server
 * encrypts ({@code PushPayload}).
 */
@QuarkusTest
class PushNotificationJourneyTest extends BrowserJourney {

    private static final String GROUP = "push";

    @Inject
    FamilyScene scenes;

    private WebCodes codes;

    @BeforeEach
    void otp() {
        codes = new WebCodes();
        QuarkusMock.installMockForType(codes, OtpSender.class);
    }

    @Test
    void aPushToTheParentsPhoneShowsAsANotificationThatOpensTheItem() {
        Family f = scenes.create();
        try (BrowserContext phone = browsers.phone()) {
            phone.grantPermissions(List.of("notifications"));
            Page page = phone.newPage();
            ParentApp.signIn(page, codes, f.parentPhone());

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cài đặt").setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bật thông báo trên thiết bị này"))
                    .waitFor();
            page.getByText("Thiết bị này").first().waitFor();
            Browsers.screenshot(page, GROUP, "1-cai-dat-thong-bao");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.SCREENSHOTS.resolve(GROUP).resolve("2-cai-dat-man-hinh-360x740.png")));

            CDPSession cdp = phone.newCDPSession(page);
            String registration = serviceWorkerRegistration(page, cdp);
            push(cdp, registration, Map.of("title", "Vắng mặt: Nguyễn Minh An",
                    "body", "Con vắng buổi sáng, chưa có phép.", "url", "/hop-thu/12", "tag", "chat:12"));
            page.waitForFunction("async () => (await (await navigator.serviceWorker.ready).getNotifications())"
                    + ".length === 1");
            assertEquals(Map.of("title", "Vắng mặt: Nguyễn Minh An", "body", "Con vắng buổi sáng, chưa có phép.",
                    "tag", "chat:12", "url", browsers.baseUrl() + "/#/hop-thu/12",
                    "icon", browsers.baseUrl() + "/icons/icon-192.png"), shown(page).get(0));

            // A newer message of the same conversation replaces the older one on the lock screen.
            push(cdp, registration, Map.of("title", "Vắng mặt: Nguyễn Minh An", "body", "Cô giáo đã nhận đơn xin phép.",
                    "url", "/hop-thu/13", "tag", "chat:12"));
            page.waitForFunction("async () => { const n = await (await navigator.serviceWorker.ready)"
                    + ".getNotifications(); return n.length === 1 && n[0].body === 'Cô giáo đã nhận đơn xin phép.'; }");

            // A push without a link or a tag opens the home screen, and stands beside the other one.
            push(cdp, registration, Map.of("title", "Điểm mới: Toán", "body", "Kiểm tra 15 phút: 9"));
            page.waitForFunction("async () => (await (await navigator.serviceWorker.ready).getNotifications())"
                    + ".length === 2");
            Map<String, String> grade = shown(page).stream().filter(n -> n.get("title").equals("Điểm mới: Toán"))
                    .findFirst().orElseThrow();
            assertEquals(browsers.baseUrl() + "/", grade.get("url"));
            assertEquals("", grade.get("tag"));
        }
    }

    /** The app's service worker registration id, as CDP names it, once the worker is active. */
    private static String serviceWorkerRegistration(Page page, CDPSession cdp) {
        page.waitForFunction("async () => !!(await navigator.serviceWorker.ready).active");
        AtomicReference<String> id = new AtomicReference<>();
        cdp.on("ServiceWorker.workerRegistrationUpdated", event -> event.getAsJsonArray("registrations")
                .forEach(r -> {
                    JsonObject registration = r.getAsJsonObject();
                    if (!registration.get("isDeleted").getAsBoolean()) {
                        id.set(registration.get("registrationId").getAsString());
                    }
                }));
        cdp.send("ServiceWorker.enable");
        // Playwright hands events over while it is called: each poll makes a call, on this thread.
        return Awaitility.await("the service worker's registration").atMost(Duration.ofSeconds(15))
                .pollInSameThread().until(() -> {
                    page.evaluate("() => 0");
                    return id.get();
                }, v -> v != null);
    }

    private void push(CDPSession cdp, String registration, Map<String, String> payload) {
        JsonObject args = new JsonObject();
        args.addProperty("origin", browsers.baseUrl());
        args.addProperty("registrationId", registration);
        args.addProperty("data", new io.vertx.core.json.JsonObject(Map.copyOf(payload)).encode());
        cdp.send("ServiceWorker.deliverPushMessage", args);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> shown(Page page) {
        return (List<Map<String, String>>) page.evaluate("async () => (await (await navigator.serviceWorker.ready)"
                + ".getNotifications()).map(n => ({title: n.title, body: n.body, tag: n.tag, url: n.data.url,"
                + " icon: n.icon}))");
    }
}

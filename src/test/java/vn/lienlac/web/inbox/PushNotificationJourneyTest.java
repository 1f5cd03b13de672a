package vn.lienlac.web.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.inbox.FamilyScene.Family;

/**
 * A parent's phone and Web Push (docs/notifications.md, "Web Push"): Settings offers "Bật thông báo trên thiết bị
 * này", and a push reaching the app's service worker shows as a notification with the server's title, text, tag and
 * link. A headless Chromium cannot subscribe at a real push service here (no network), so the push is handed to the
 * service worker the way DevTools does it (CDP {@code ServiceWorker.deliverPushMessage}), with the JSON the server
 * encrypts ({@code PushPayload}).
 */
@QuarkusTest
class PushNotificationJourneyTest extends ParentJourney {

    private static final String GROUP = "push";

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
            assertEquals(Map.of("title", "Vắng mặt: Nguyễn Minh An", "body", "Con vắng buổi sáng, chưa có phép.",
                    "tag", "chat:12", "url", browsers.baseUrl() + "/#/hop-thu/12",
                    "icon", browsers.baseUrl() + "/icons/icon-192.png"), shownWhen(page, n -> n.size() == 1).get(0));

            // A newer message of the same conversation replaces the older one on the lock screen.
            push(cdp, registration, Map.of("title", "Vắng mặt: Nguyễn Minh An", "body", "Cô giáo đã nhận đơn xin phép.",
                    "url", "/hop-thu/13", "tag", "chat:12"));
            shownWhen(page, n -> n.size() == 1 && n.get(0).get("body").equals("Cô giáo đã nhận đơn xin phép."));

            // A push without a link or a tag opens the home screen, and stands beside the other one.
            push(cdp, registration, Map.of("title", "Điểm mới: Toán", "body", "Kiểm tra 15 phút: 9"));
            Map<String, String> grade = shownWhen(page, n -> n.size() == 2).stream().filter(n -> n.get("title").equals("Điểm mới: Toán"))
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

    /** The notifications shown, once they satisfy ready (the page's evaluate awaits; waitForFunction would not). */
    private static List<Map<String, String>> shownWhen(Page page, Predicate<List<Map<String, String>>> ready) {
        return Awaitility.await("the notifications shown").atMost(Duration.ofSeconds(15)).pollInSameThread()
                .until(() -> shown(page), ready);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> shown(Page page) {
        return (List<Map<String, String>>) page.evaluate("async () => (await (await navigator.serviceWorker.ready)"
                + ".getNotifications()).map(n => ({title: n.title, body: n.body, tag: n.tag, url: n.data.url,"
                + " icon: n.icon}))");
    }
}

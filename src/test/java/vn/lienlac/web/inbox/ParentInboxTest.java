package vn.lienlac.web.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.inbox.FamilyScene.Family;

/**
 * A parent of two children in two schools, on a phone: the inbox per child, a notice's detail, the contact book
 * (grades, attendance calendar, health, activities with photos), the inbox offline, another family's child by an
 * edited URL, and settings with sign-out.
 */
@QuarkusTest
class ParentInboxTest extends ParentJourney {

    private static final String GROUP = "inbox";

    private Family family() {
        Family f = scenes.create();
        scenes.publishNotices(f);
        return f;
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void parentSignsInSwitchesChildAndReadsAGradeAndAnAbsenceWithTheServersText() {
        Family f = family();
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            List<String> problems = problems(page);
            ParentApp.signIn(page, codes, f.parentPhone());

            // An is first: the maths grade is unread, the literature grade shows as corrected.
            Locator switcher = page.getByLabel("Chọn con");
            assertEquals(f.an(), switcher.inputValue());
            Locator gradeRow = page.locator(".inbox-list li").filter(new Locator.FilterOptions()
                    .setHasText(f.gradeText()));
            gradeRow.waitFor();
            assertTrue(gradeRow.getAttribute("class").contains("unread"));
            page.getByText("Đính chính").first().waitFor();
            assertFalse(page.getByText("Nguyễn Minh Châu (lớp 7A2)").isVisible(), "Châu's notice under An");
            Browsers.screenshot(page, GROUP, "1-hop-thu");

            gradeRow.getByRole(AriaRole.LINK).click();
            Locator detail = page.getByRole(AriaRole.ARTICLE);
            detail.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Chi tiết")).waitFor();
            detail.getByText(f.gradeText(), new Locator.GetByTextOptions().setExact(true)).waitFor();
            assertTrue(detail.innerText().contains("Giữa kỳ"), detail.innerText());
            Browsers.screenshot(page, GROUP, "2-thong-bao");
            link(page, "‹ Về hộp thư").click();
            assertThat(page.locator(".inbox-list li").filter(new Locator.FilterOptions()
                    .setHasText(f.gradeText()))).not().hasClass(java.util.regex.Pattern.compile("unread"));

            // The grade table: subject rows, terms and kinds as columns, 8,5 and a corrected 7.
            link(page, "Điểm").click();
            Locator table = page.getByRole(AriaRole.TABLE);
            table.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName("Toán")).waitFor();
            Locator maths = table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Toán"));
            assertTrue(maths.innerText().contains("8,5"), maths.innerText());
            Locator literature = table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                    .setHasText("Ngữ văn"));
            assertTrue(literature.innerText().contains("7") && literature.innerText().contains("đã đính chính"));
            assertFalse(table.innerText().contains("9,5"), "Bảo's grade in An's table");
            Browsers.screenshot(page, GROUP, "3-diem");
            page.setViewportSize(320, 740);
            Browsers.screenshot(page, GROUP, "3-diem-320");
            page.setViewportSize(360, 740);

            // Health and activities of An, the photo enlarged.
            page.navigate("/#/con/" + f.an() + "/suc-khoe");
            page.getByText("Khám sức khỏe định kỳ", new Page.GetByTextOptions().setExact(true)).waitFor();
            page.getByText("chiều cao 145 cm, cân nặng 38,5 kg", new Page.GetByTextOptions()).waitFor();
            Browsers.screenshot(page, GROUP, "5-suc-khoe");
            page.navigate("/#/con/" + f.an() + "/hoat-dong");
            page.getByText("Thực đơn bán trú").first().waitFor();
            Locator thumb = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Phóng to ảnh 1/2: Thực đơn bán trú"));
            page.waitForFunction("() => [...document.querySelectorAll('.photo img')].every(i => i.complete"
                    + " && i.naturalWidth > 0)");
            Browsers.screenshot(page, GROUP, "6-hoat-dong");
            thumb.click();
            Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Xem ảnh"));
            dialog.waitFor();
            page.waitForFunction("() => { const i = document.querySelector('.lightbox-img');"
                    + " return i && i.complete && i.naturalWidth === 640; }");
            Browsers.screenshot(page, GROUP, "7-anh");
            page.keyboard().press("Escape");
            dialog.waitFor(new Locator.WaitForOptions().setState(
                    com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

            // Châu, in the other school: her absence this morning.
            page.navigate("/#/hop-thu");
            page.getByLabel("Chọn con").selectOption(f.chau());
            Locator absence = page.locator(".inbox-list li").filter(new Locator.FilterOptions()
                    .setHasText(f.absenceText()));
            absence.waitFor();
            assertFalse(page.getByText(f.gradeText()).isVisible(), "An's grade under Châu");
            absence.getByRole(AriaRole.LINK).click();
            detail.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Chi tiết")).waitFor();
            detail.getByText(f.absenceText(), new Locator.GetByTextOptions().setExact(true)).waitFor();
            assertTrue(detail.innerText().contains("Vắng không phép"), detail.innerText());
            link(page, "‹ Về hộp thư").click();
            link(page, "Chuyên cần").click();
            int day = f.today().getDayOfMonth();
            page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile(" " + day + ": Vắng không phép \\(sáng\\)"))).waitFor();
            page.getByText("Vắng không phép: 1").waitFor();
            page.getByText("Gia đình chưa báo").waitFor();
            Browsers.screenshot(page, GROUP, "4-chuyen-can");
            button(page, "Tháng trước").click();
            page.getByText("Con đi học đầy đủ, đúng giờ trong tháng này.").waitFor();
            assertTrue(problems.isEmpty(), "console errors: " + problems);
        }
    }

    @Test
    void theNoticesOpenThePhonesFirstScreenUnderOneLineOfTheChildsSections() {
        Family f = family();
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            ParentApp.signIn(page, codes, f.parentPhone());
            Locator sections = ParentApp.sections(page);
            Locator notices = page.locator(".inbox-list li");
            notices.filter(new Locator.FilterOptions().setHasText(f.gradeText())).waitFor();

            // An's sections, in one line of thumb-sized chips; her notices start on the first screen.
            Locator chips = sections.getByRole(AriaRole.LINK);
            assertThat(chips).hasCount(8);
            assertOneLineOfChips(chips);
            assertTrue(notices.count() >= 3, "notices: " + notices.count());
            double tabBar = page.locator(".tabbar").boundingBox().y;
            var third = notices.nth(2).boundingBox();
            assertTrue(third.y + third.height <= tabBar, "the third notice ends at " + (third.y + third.height)
                    + " px, under the tab bar at " + tabBar + " px");
            Locator grades = section(page, "Điểm");
            assertEquals("#/con/" + f.an() + "/diem", grades.getAttribute("href"));
            // Her two grades are unread: the count beside "Điểm", told to a screen reader as the link's description.
            assertThat(grades.locator(".section-count")).hasText("2");
            assertThat(grades).hasAccessibleDescription("2 thông báo chưa đọc");
            assertThat(section(page, "Chuyên cần").locator(".section-count")).hasCount(0);
            Browsers.screenshot(page, GROUP, "12-hai-con-an");

            // Châu: the same chips lead to her book; her absence is the unread one.
            page.getByLabel("Chọn con").selectOption(f.chau());
            notices.filter(new Locator.FilterOptions().setHasText(f.absenceText())).waitFor();
            assertEquals("#/con/" + f.chau() + "/chuyen-can", section(page, "Chuyên cần").getAttribute("href"));
            assertThat(section(page, "Chuyên cần").locator(".section-count")).hasText("1");
            assertThat(section(page, "Điểm").locator(".section-count")).hasCount(0);
            Browsers.screenshot(page, GROUP, "13-hai-con-chau");

            // The row scrolls sideways to its last chip, inside itself: the page does not.
            Locator health = section(page, "Sức khỏe");
            health.scrollIntoViewIfNeeded();
            assertTrue(health.boundingBox().x + health.boundingBox().width <= 360.5, "Sức khỏe is off the screen");
            assertEquals(Boolean.TRUE, page.evaluate("() => document.documentElement.scrollWidth <= innerWidth"));
            Browsers.screenshot(page, GROUP, "14-hai-con-cuon-ngang");

            // On a laptop's window every chip is in view at once, on two lines at most.
            page.setViewportSize(1366, 768);
            java.util.Set<Double> lines = new java.util.TreeSet<>();
            for (int i = 0; i < chips.count(); i++) {
                var box = chips.nth(i).boundingBox();
                assertTrue(box.x >= 0 && box.x + box.width <= 1366, "chip " + i + " is out of view on a laptop");
                lines.add(box.y);
            }
            assertTrue(lines.size() <= 2, "the chips take " + lines.size() + " lines on a laptop");
            Browsers.screenshot(page, GROUP, "16-may-tinh");
        }
        try (BrowserContext phone = browsers.phone()) {
            // A father of one child (Bảo, in An's class).
            Page page = phone.newPage();
            ParentApp.signIn(page, codes, f.otherPhone());
            page.locator(".inbox-list li").filter(new Locator.FilterOptions().setHasText("9,5")).waitFor();
            assertOneLineOfChips(ParentApp.sections(page).getByRole(AriaRole.LINK));
            assertEquals("#/con/" + f.bao() + "/diem", section(page, "Điểm").getAttribute("href"));
            // One child: the header names him; a chooser with one choice would only be a control to puzzle over.
            assertThat(page.locator(".topbar .child-one")).containsText("Trần Gia Bảo – lớp 6A1");
            assertThat(page.getByLabel("Chọn con")).hasCount(0);
            Browsers.screenshot(page, GROUP, "15-mot-con");
        }
    }

    /** A chip of the inbox's sections, by its name (its unread count is its description, not part of the name). */
    private static Locator section(Page page, String name) {
        return ParentApp.sections(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)
                .setExact(true));
    }

    /** Every chip on the same line, each at least 44 px tall (a thumb's target). */
    private static void assertOneLineOfChips(Locator chips) {
        double top = chips.first().boundingBox().y;
        for (int i = 0; i < chips.count(); i++) {
            var box = chips.nth(i).boundingBox();
            assertEquals(top, box.y, 0.5, "chip " + i + " is on another line");
            assertTrue(box.height >= 44, "chip " + i + " is " + box.height + " px tall");
        }
    }

    @Test
    void theLastInboxIsShownFromTheDeviceWhenTheNetworkIsGone() {
        Family f = family();
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            ParentApp.signIn(page, codes, f.parentPhone());
            page.getByText(f.gradeText()).waitFor();
            page.waitForFunction("async () => (await navigator.serviceWorker.ready).active !== null");

            phone.setOffline(true);
            page.reload();
            page.getByText(f.gradeText()).waitFor();
            page.getByText("Không có mạng — đang hiển thị dữ liệu đã lưu trên máy.").waitFor();
            // The note comes once the screen's own request has failed (the device's copy is drawn before that).
            page.getByText("Dữ liệu đã lưu lúc").waitFor();
            Browsers.screenshot(page, GROUP, "8-hop-thu-ngoai-tuyen");
            phone.setOffline(false);
        }
    }

    @Test
    void anotherFamilysChildByAnEditedUrlIsNotFoundAndShowsNothingOfThem() {
        Family f = family();
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            List<String> asked = new ArrayList<>();
            page.onRequest(request -> asked.add(request.url()));
            ParentApp.signIn(page, codes, f.parentPhone());
            page.getByText(f.gradeText()).waitFor();

            for (String screen : List.of("diem", "chuyen-can", "suc-khoe", "hoat-dong")) {
                page.navigate("/#/con/" + f.bao() + "/" + screen);
                page.getByText("Không tìm thấy học sinh này trong danh sách con của bạn.").waitFor();
                assertFalse(page.content().contains("Trần Gia Bảo"), screen);
                assertFalse(page.content().contains("9,5"), screen);
            }
            Browsers.screenshot(page, GROUP, "9-khong-tim-thay");
            assertTrue(asked.stream().noneMatch(url -> url.contains(f.bao())), "asked the server about Bảo");

            // The switcher still works: choosing Châu opens the same screen (the last: activities) for her.
            page.getByLabel("Chọn con").selectOption(f.chau());
            page.getByText("Chưa có hoạt động nào trong 30 ngày qua.").waitFor();
            assertTrue(page.url().endsWith("/con/" + f.chau() + "/hoat-dong"), page.url());
        }
    }

    @Test
    void settingsShowPreferencesAndSessionsAndSigningOutLeavesNothingOnTheDevice() {
        Family f = family();
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            ParentApp.signIn(page, codes, f.parentPhone());
            page.getByText(f.gradeText()).waitFor();
            assertTrue(storedKeys(page) > 0);

            link(page, "Cài đặt").click();
            page.getByText("Thiết bị này", new Page.GetByTextOptions().setExact(true)).waitFor();
            Locator digest = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Điểm số"))
                    .getByLabel("Gộp vào bản tóm tắt cuối ngày (19:00)");
            digest.check();
            page.getByText("Đã lưu lựa chọn.").waitFor();
            page.getByText("Từ 21:00 đến 06:30").waitFor();
            Browsers.screenshot(page, GROUP, "10-cai-dat");

            button(page, "Đăng xuất").click();
            page.getByRole(AriaRole.DIALOG).waitFor();
            Browsers.screenshot(page, GROUP, "11-xac-nhan-dang-xuat");
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Đăng xuất").setExact(true)).click();
            page.getByLabel("Số điện thoại").waitFor();
            page.waitForFunction("async () => { const db = await new Promise((ok, ko) => { const r ="
                    + " indexedDB.open('lienlac', 1); r.onsuccess = () => ok(r.result); r.onerror = ko; });"
                    + " return await new Promise(ok => { const c = db.transaction('kv').objectStore('kv').count();"
                    + " c.onsuccess = () => ok(c.result === 0); }); }");
            assertEquals(0, storedKeys(page));
            page.reload();
            page.getByLabel("Số điện thoại").waitFor();
        }
    }

    private static int storedKeys(Page page) {
        Object n = page.evaluate("async () => { const db = await new Promise((ok, ko) => { const r ="
                + " indexedDB.open('lienlac', 1); r.onsuccess = () => ok(r.result); r.onerror = ko; });"
                + " return await new Promise(ok => { const c = db.transaction('kv').objectStore('kv').count();"
                + " c.onsuccess = () => ok(c.result); }); }");
        return ((Number) n).intValue();
    }

    private static List<String> problems(Page page) {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                problems.add(message.text());
            }
        });
        page.onPageError(problems::add);
        return problems;
    }
}

package vn.lienlac.web.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.console.ConsoleScene.Scene;

/**
 * The department tier in a real Chromium (docs/web-console.md, "Directives"): a department officer composes a
 * directive with a PDF to two district offices; the first office's officer finds it in their inbox, acknowledges it
 * and forwards it to all the district's schools; the department's tracking view, left open, shows the office read and
 * acknowledged and its forward reaching two principals without a click (it asks again every few seconds while
 * visible); the office follows its own part of the department's directive.
 */
@QuarkusTest
class DepartmentDirectiveConsoleTest extends BrowserJourney {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** The tracking view asks again every 3 s while visible: what it shows must change within this, unclicked. */
    private static final LocatorAssertions.HasTextOptions UNCLICKED = new LocatorAssertions.HasTextOptions()
            .setTimeout(10_000);

    @Inject
    ConsoleScene scenes;

    private final WebCodes codes = new WebCodes();
    private Scene s;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        s = scenes.create();
    }

    @Test
    void departmentSendsToTwoOfficesAndSeesOneForwardToItsSchools() {
        scenes.districtOfficer(s.d2(), "Trịnh Văn Hai");
        try (BrowserContext departmentLaptop = browsers.context(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H, false);
                BrowserContext officerPhone = browsers.phone()) {
            Page dept = departmentLaptop.newPage();
            WebSignIn.byCode(dept, codes, s.departmentOfficerPhone());
            dept.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Văn bản chỉ đạo").setExact(true))
                    .click();
            dept.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Soạn văn bản mới")).click();
            dept.getByLabel("Số văn bản").fill("2868/SGDĐT-CNTT");
            dept.getByLabel("Trích yếu").fill("Triển khai sổ liên lạc điện tử");
            dept.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true))
                    .fill("Sở GDĐT đề nghị các Phòng GDĐT chỉ đạo các trường triển khai.");
            assertThat(dept.getByLabel("Các phòng GDĐT được chọn")).isChecked();
            dept.locator("#dc-u-" + s.d1()).check();
            dept.locator("#dc-u-" + s.d2()).check();
            dept.getByLabel("Tệp đính kèm (PDF, JPEG, PNG, WebP; tối đa 10 MB)")
                    .setInputFiles(new FilePayload("2868-SGDDT.pdf", "application/pdf", PDF));
            assertThat(dept.getByText("Đã tải lên 2868-SGDDT.pdf")).isVisible();
            ConsoleShots.both(dept, "so-soan-van-ban");
            dept.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi văn bản")).click();
            dept.waitForURL(url -> url.endsWith("/theo-doi"));
            assertThat(dept.locator("#tracking-totals"))
                    .hasText("2 người nhận · 0 đã đọc · 0 đã xác nhận · 0 quá hạn");
            Locator officeD1 = dept.locator("table.offices tr[data-district='" + s.d1() + "']");
            assertThat(officeD1.locator("td").nth(1)).hasText("Chưa");
            assertThat(dept.locator("table.offices tr[data-district='" + s.d2() + "']")).isVisible();
            ConsoleShots.both(dept, "so-theo-doi-moi-gui");
            long id = Long.parseLong(dept.url().replaceAll(".*/van-ban/(\\d+)/theo-doi$", "$1"));

            // The officer of D1, on a phone: office staff land on "Điều hành"; the directive is in the inbox.
            Page officer = officerPhone.newPage();
            WebSignIn.byCode(officer, codes, s.officerPhone());
            officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Văn bản chỉ đạo").setExact(true))
                    .click();
            assertThat(officer.locator("li.unread")).hasCount(1);
            Browsers360.shot(officer, "phong-van-ban-den-so");
            officer.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Triển khai sổ liên lạc điện tử")).click();
            assertThat(officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("2868-SGDDT.pdf")))
                    .isVisible();
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đã nhận")).click();
            assertThat(officer.getByText("Đã xác nhận lúc")).isVisible();
            Browsers360.shot(officer, "phong-van-ban-so");
            officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển tiếp cho các trường"))
                    .click();
            officer.getByLabel("Ý kiến chỉ đạo của phòng").fill("Phòng đề nghị các trường triển khai ngay.");
            officer.getByLabel("Tất cả các trường của phòng").check();
            Browsers360.shot(officer, "phong-chuyen-tiep");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển tiếp").setExact(true))
                    .click();
            // The principals of A and B.
            assertThat(officer.getByText("Đã gửi tới 2 người nhận.")).isVisible();

            // The department's tracking, left open and not clicked: D1 read, acknowledged, forwarded to two schools.
            assertThat(dept.locator("#tracking-totals"))
                    .hasText("2 người nhận · 1 đã đọc · 1 đã xác nhận · 0 quá hạn", UNCLICKED);
            assertThat(officeD1.locator("td").nth(1)).hasText("Có (1 lần)", UNCLICKED);
            assertThat(officeD1.locator("td").nth(2)).hasText("2");
            assertThat(officeD1.locator("td").nth(0)).hasText("Nguyễn Văn Phòng: Đã xác nhận");
            assertThat(dept.locator("table.offices tr[data-district='" + s.d2() + "'] td").nth(1)).hasText("Chưa");
            Locator rowD1 = dept.locator("table.tracking tr[data-school='" + s.d1() + "']");
            assertThat(rowD1.locator("td").nth(2)).hasText("100,0 % (1/1)");
            ConsoleShots.both(dept, "so-theo-doi");

            // The office follows its own part of the department's directive (no 403): its office only.
            officer.navigate("/#/quan-tri/van-ban/" + id + "/theo-doi");
            assertThat(officer.locator("#tracking-totals"))
                    .hasText("1 người nhận · 1 đã đọc · 1 đã xác nhận · 0 quá hạn");
            assertThat(officer.locator("table.offices tr[data-district='" + s.d2() + "']")).hasCount(0);
            assertThat(officer.locator("table.offices tr[data-district='" + s.d1() + "'] td").nth(1))
                    .hasText("Có (1 lần)");
            Browsers360.shot(officer, "phong-theo-doi-van-ban-so");

            // What the screens showed is what the server holds.
            String token = (String) dept.evaluate("() => import('/app/core/auth.js').then((a) => a.token())");
            JsonPath cascade = given().auth().oauth2(token).get("/api/v1/directives/{id}/cascade", id)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(1, cascade.getInt("forwardedDistricts"));
            JsonPath sent = given().auth().oauth2(token).get("/api/v1/directives/{id}", id)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("2868-SGDDT.pdf"), sent.getList("attachments.fileName"));
        }
    }

    /**
     * Past the office: a department officer picks one district office and, in the searchable list of the department's
     * schools grouped by district, one school of the other district; that school's principal finds the directive in
     * their inbox, sent by the department.
     */
    @Test
    void departmentSendsToOneOfficeAndOneSchoolDirectly() {
        scenes.districtOfficer(s.d2(), "Trịnh Văn Hai");
        try (BrowserContext departmentLaptop = browsers.context(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H, false);
                BrowserContext principalPhone = browsers.phone()) {
            Page dept = departmentLaptop.newPage();
            WebSignIn.byCode(dept, codes, s.departmentOfficerPhone());
            dept.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Văn bản chỉ đạo").setExact(true))
                    .click();
            dept.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Soạn văn bản mới")).click();
            dept.getByLabel("Số văn bản").fill("2870/SGDĐT-GDTrH");
            dept.getByLabel("Trích yếu").fill("Kiểm tra việc dùng sổ liên lạc");
            dept.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true))
                    .fill("Sở GDĐT đề nghị đơn vị báo cáo việc dùng sổ liên lạc điện tử.");
            dept.locator("#dc-u-" + s.d2()).check();
            // The schools come grouped by district: A and B under D1, X under D2.
            Locator groupD1 = dept.locator(".school-group[data-district='" + s.d1() + "']");
            assertThat(groupD1.locator(".check")).hasCount(2);
            assertThat(dept.locator(".school-group[data-district='" + s.d2() + "'] .check")).hasCount(1);
            ConsoleShots.both(dept, "so-soan-truong-theo-phong");
            // Searching by the school's name, without diacritics, leaves B alone.
            dept.getByLabel("Tìm trường").fill(fold(s.schoolBName()));
            assertThat(groupD1.locator(".check:visible")).hasCount(1);
            assertThat(dept.locator(".school-group[data-district='" + s.d2() + "']")).isHidden();
            dept.getByLabel(s.schoolBName()).check();
            assertThat(dept.getByText("Đã chọn 1 trường.")).isVisible();
            ConsoleShots.both(dept, "so-soan-gui-thang-truong");
            dept.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi văn bản")).click();
            dept.waitForURL(url -> url.endsWith("/theo-doi"));
            long id = Long.parseLong(dept.url().replaceAll(".*/van-ban/(\\d+)/theo-doi$", "$1"));
            // D2's officer and, directly, B's principal.
            assertThat(dept.locator("#tracking-totals"))
                    .hasText("2 người nhận · 0 đã đọc · 0 đã xác nhận · 0 quá hạn");
            String token = (String) dept.evaluate("() => import('/app/core/auth.js').then((a) => a.token())");
            JsonPath tracking = given().auth().oauth2(token).get("/api/v1/directives/{id}/tracking", id)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(java.util.Set.of(s.d2(), s.b()),
                    java.util.Set.copyOf(tracking.getList("recipients.schoolCode")));
            ConsoleShots.both(dept, "so-theo-doi-gui-thang-truong");

            // The principal of B, on a phone: the department's directive is in their inbox.
            Page principal = principalPhone.newPage();
            WebSignIn.byCode(principal, codes, s.principalBPhone());
            principal.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản trị").setExact(true)).click();
            principal.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Điều hành")).click();
            principal.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Văn bản chỉ đạo")
                    .setExact(true)).click();
            assertThat(principal.locator("li.unread")).hasCount(1);
            assertThat(principal.locator("li.unread")).containsText("Kiểm tra việc dùng sổ liên lạc");
            Browsers360.shot(principal, "truong-van-ban-den-thang-tu-so");
        }
    }

    /** Lower case without diacritics, as a person types on a keyboard without Telex. */
    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
    }

    /** Both sizes, then the phone's page back at the phone's size. */
    private static final class Browsers360 {
        static void shot(Page page, String name) {
            ConsoleShots.both(page, name);
            page.setViewportSize(360, 740);
        }
    }
}

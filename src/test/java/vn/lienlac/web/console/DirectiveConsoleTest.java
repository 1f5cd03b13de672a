package vn.lienlac.web.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.console.ConsoleScene.Scene;

/**
 * The console's directives in a real Chromium (docs/web-console.md, "Directives"): a district officer sends a
 * directive with a PDF to two schools; one principal opens it, acknowledges it, forwards it to the teachers and
 * answers the report request; the officer's tracking view shows that school read and acknowledged, and forwarded,
 * on "Làm mới", and the report's status.
 */
@QuarkusTest
class DirectiveConsoleTest extends BrowserJourney {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

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
    void officerSendsToTwoSchoolsAndSeesOnePrincipalAcknowledgeAndForward() {
        try (BrowserContext officerLaptop = browsers.context(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H, false);
                BrowserContext principalPhone = browsers.phone()) {
            Page officer = officerLaptop.newPage();
            WebSignIn.byCode(officer, codes, s.officerPhone());
            officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Văn bản chỉ đạo").setExact(true))
                    .click();
            officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Soạn văn bản mới")).click();
            officer.getByLabel("Số văn bản").fill("260/PGD-VP");
            officer.getByLabel("Trích yếu").fill("Triển khai sổ liên lạc điện tử Liên Lạc");
            officer.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true))
                    .fill("Phòng GDĐT đề nghị các trường triển khai sổ liên lạc điện tử.");
            officer.getByLabel(s.schoolAName()).check();
            officer.getByLabel(s.schoolBName()).check();
            officer.getByLabel("Yêu cầu các trường báo cáo").check();
            officer.getByLabel("Nội dung cần báo cáo").fill("Báo cáo tiến độ triển khai.");
            officer.getByLabel("Hạn nộp báo cáo").fill(
                    LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30) + "T17:00");
            officer.getByLabel("Tệp đính kèm (PDF, JPEG, PNG, WebP; tối đa 10 MB)")
                    .setInputFiles(new FilePayload("260-PGD-VP.pdf", "application/pdf", PDF));
            assertThat(officer.getByText("Đã tải lên 260-PGD-VP.pdf")).isVisible();
            ConsoleShots.both(officer, "soan-van-ban");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi văn bản")).click();
            officer.waitForURL(url -> url.endsWith("/theo-doi"));
            assertThat(officer.locator("#tracking-totals"))
                    .hasText("2 người nhận · 0 đã đọc · 0 đã xác nhận · 0 quá hạn");
            ConsoleShots.both(officer, "theo-doi-moi-gui");
            long id = Long.parseLong(officer.url().replaceAll(".*/van-ban/(\\d+)/theo-doi$", "$1"));

            // The principal of A, on a phone: the directive is in their console's inbox.
            Page principal = principalPhone.newPage();
            WebSignIn.byCode(principal, codes, s.principalAPhone());
            // A principal's one console tab is "Quản trị"; its home leads on to "Điều hành".
            principal.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản trị").setExact(true)).click();
            principal.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Điều hành")).click();
            principal.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Văn bản chỉ đạo")
                    .setExact(true)).click();
            Locator item = principal.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Triển khai sổ liên lạc điện tử Liên Lạc"));
            assertThat(principal.locator("li.unread")).hasCount(1);
            ConsoleShots.both(principal, "van-ban-den");
            item.click();
            assertThat(principal.getByText("Đã đọc", new Page.GetByTextOptions().setExact(true))).isVisible();
            assertThat(principal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("260-PGD-VP.pdf")))
                    .isVisible();
            ConsoleShots.both(principal, "van-ban");
            principal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đã nhận")).click();
            assertThat(principal.getByText("Đã xác nhận lúc")).isVisible();
            principal.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển tiếp cho cán bộ, giáo viên"))
                    .click();
            principal.getByLabel("Ý kiến chỉ đạo của nhà trường").fill("Đề nghị giáo viên cài đặt ứng dụng.");
            assertThat(principal.getByLabel("Giáo viên", new Page.GetByLabelOptions().setExact(true))).isChecked();
            ConsoleShots.both(principal, "chuyen-tiep");
            principal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển tiếp").setExact(true))
                    .click();
            // Both teachers of A.
            assertThat(principal.getByText("Đã gửi tới 2 người nhận.")).isVisible();

            // The principal answers the report request for their school.
            principal.navigate("/#/quan-tri/van-ban/" + id + "/bao-cao");
            principal.getByLabel("Nội dung báo cáo").fill("Nhà trường đã triển khai tới toàn bộ giáo viên.");
            principal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp báo cáo").setExact(true))
                    .click();
            assertThat(principal.getByText("Đã nộp báo cáo.")).isVisible();
            ConsoleShots.both(principal, "bao-cao-truong");
            // A principal writes to their own staff: everyone, groups or chosen people (not sent here).
            principal.navigate("/#/quan-tri/van-ban/moi");
            assertThat(principal.getByLabel("Toàn thể cán bộ, giáo viên, nhân viên")).isChecked();
            principal.getByText("Từng người (không bắt buộc)").click();
            assertThat(principal.getByLabel("Bùi Văn Toán (Giáo viên)")).isVisible();
            ConsoleShots.both(principal, "soan-van-ban-truong");

            // The officer's tracking view, on "Làm mới": A read and acknowledged, B not yet; A forwarded once.
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Làm mới")).click();
            assertThat(officer.locator("#tracking-totals"))
                    .hasText("2 người nhận · 1 đã đọc · 1 đã xác nhận · 0 quá hạn");
            Locator rowA = officer.locator("table.tracking tr[data-school='" + s.a() + "']");
            assertThat(rowA.locator("td").nth(1)).hasText("100,0 % (1/1)");
            assertThat(rowA.locator("td").nth(2)).hasText("100,0 % (1/1)");
            Locator rowB = officer.locator("table.tracking tr[data-school='" + s.b() + "']");
            assertThat(rowB.locator("td").nth(1)).hasText("0,0 % (0/1)");
            assertThat(officer.locator("table.cascade tr[data-school='" + s.a() + "'] td").first())
                    .hasText("Có (1 lần)");
            // Drill down to people.
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem người nhận của "
                    + s.schoolAName())).click();
            assertThat(officer.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Lê Thị Hiệu Trưởng")))
                    .isVisible();
            ConsoleShots.both(officer, "theo-doi");

            // What the screens showed is what the server holds.
            String token = (String) officer.evaluate("() => import('/app/core/auth.js').then((a) => a.token())");
            JsonPath tracking = given().auth().oauth2(token).get("/api/v1/directives/{id}/tracking", id)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(1, tracking.getInt("totals.acknowledged"));
            JsonPath sent = given().auth().oauth2(token).get("/api/v1/directives/{id}", id)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("260-PGD-VP.pdf"), sent.getList("attachments.fileName"));

            officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo").setExact(true)).click();
            assertThat(officer.locator("table.reports tr[data-school='" + s.a() + "'] .tag")).hasText("Đúng hạn");
            assertThat(officer.locator("table.reports tr[data-school='" + s.b() + "'] .tag"))
                    .hasText("Chưa đến hạn");
            ConsoleShots.both(officer, "bao-cao");
            officer.navigate("/#/quan-tri/van-ban/da-gui");
            assertThat(officer.getByText("2 người nhận · 1 đã đọc · 1 đã xác nhận")).isVisible();
            ConsoleShots.both(officer, "van-ban-da-gui");
        }
    }

    @Test
    void sendWaitsUntilTheAudienceIsLoaded() {
        try (BrowserContext laptop = browsers.context(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H, false)) {
            Page officer = laptop.newPage();
            WebSignIn.byCode(officer, codes, s.officerPhone());
            AtomicReference<Route> held = new AtomicReference<>();
            officer.route("**/api/v1/directory/districts/*/schools", held::set);   // answered only when let go
            officer.navigate("/#/quan-tri/van-ban/moi");
            Locator send = officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi văn bản"));
            assertThat(officer.getByText("Đang tải danh sách người nhận…")).isVisible();
            assertThat(officer.locator("fieldset").getByText("Đang tải…")).isVisible();
            assertThat(send).isDisabled();
            ConsoleShots.both(officer, "soan-van-ban-dang-tai");

            officer.waitForCondition(() -> held.get() != null);
            held.get().resume();
            assertThat(officer.getByLabel(s.schoolAName())).isVisible();
            assertThat(send).isEnabled();
            assertThat(officer.getByText("Đang tải danh sách người nhận…")).hasCount(0);
        }
    }
}

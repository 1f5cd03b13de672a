package vn.lienlac.web.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.console.ConsoleScene.Scene;

/**
 * The console's adoption dashboards in a real Chromium (docs/web-console.md, "Adoption"): what the bars and their
 * text say is exactly what the REST answer says, for a principal's school (per class), a district officer's district
 * (per school) and a department officer's department.
 */
@QuarkusTest
class AdoptionConsoleTest extends BrowserJourney {

    private static final String ADMIN = "test-admin-token";
    private static final List<String> SERIES = List.of("staff", "teachers", "guardians");

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
    void principalsAdoptionChartMatchesTheRestFigures() {
        try (BrowserContext laptop = browsers.context(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H, false)) {
            Page page = laptop.newPage();
            WebSignIn.byCode(page, codes, s.principalAPhone());
            // A principal's one console tab is "Quản trị"; its home leads on to "Điều hành".
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản trị").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Điều hành")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tiến độ triển khai")).waitFor();
            ConsoleShots.both(page, "dieu-hanh-hieu-truong");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trường: " + s.schoolAName())).click();
            page.locator("#class-chart").waitFor();
            // The principal's own sign-in counts: the REST figures are read after it.
            JsonPath school = given().auth().oauth2(ADMIN).get("/api/v1/adoption/schools/{code}", s.a())
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(2, school.getList("classes").size());
            for (int i = 0; i < 2; i++) {
                String key = school.getString("classes[" + i + "].classId");
                assertRowMatches(page.locator("#class-chart li.bar-row[data-key='" + key + "']"),
                        school.getString("classes[" + i + "].name"), school.getMap("classes[" + i + "].figures"));
            }
            assertRowMatches(page.locator("#totals-chart li.bar-row"), "Toàn đơn vị", school.getMap("figures"));
            // The not-activated list: the two families who have not signed in, and the teacher who has not.
            assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Trần Văn Ba")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Đặng Thị Lan")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Bùi Văn Toán")))
                    .isVisible();
            // "Invite" only where Zalo or SMS is configured: as the server says.
            List<String> channels = given().auth().oauth2(ADMIN).get("/api/v1/adoption/invitation-channels")
                    .then().statusCode(200).extract().jsonPath().getList("channels");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi lời mời qua Zalo/SMS")))
                    .hasCount(channels.isEmpty() ? 0 : 1);
            if (channels.isEmpty()) {
                assertThat(page.getByText("Chưa cấu hình Zalo hay SMS nên chưa gửi được lời mời.")).isVisible();
            }
            // The trend: today's snapshot may not exist yet; either the line or "no data", never an error.
            assertThat(page.locator("#trend-h + div .error")).hasCount(0);
            page.getByText("Xem dạng bảng").first().click();
            ConsoleShots.both(page, "tien-do-truong");
        }
    }

    @Test
    void districtOfficerSeesEachSchoolAsTheRestAnswerSaysIt() {
        try (BrowserContext laptop = browsers.context(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H, false)) {
            Page page = laptop.newPage();
            WebSignIn.byCode(page, codes, s.officerPhone());
            // Office staff start in the console.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phòng GDĐT: " + s.d1())).click();
            page.locator("#unit-chart").waitFor();
            JsonPath district = given().auth().oauth2(ADMIN).get("/api/v1/adoption/districts/{code}", s.d1())
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(s.a(), s.b()), district.getList("schools.code"));
            for (int i = 0; i < 2; i++) {
                assertRowMatches(page.locator("#unit-chart li.bar-row[data-key='" + district.getString(
                        "schools[" + i + "].code") + "']"), district.getString("schools[" + i + "].name"),
                        district.getMap("schools[" + i + "].figures"));
            }
            ConsoleShots.both(page, "tien-do-phong");
            // A school's row opens that school's dashboard.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(s.schoolBName())).click();
            page.locator("#class-chart").waitFor();
            assertThat(page.getByText("Chưa có dữ liệu.").first()).isVisible();
        }
    }

    /** A department officer sees their department per district: two districts' rows, as the REST figures say. */
    @Test
    void departmentOfficerSeesAdoptionForTheirTwoDistricts() {
        try (BrowserContext laptop = browsers.context(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H, false)) {
            Page page = laptop.newPage();
            WebSignIn.byCode(page, codes, s.departmentOfficerPhone());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sở GDĐT: " + s.department())).click();
            page.locator("#unit-chart").waitFor();
            String token = (String) page.evaluate("() => import('/app/core/auth.js').then((a) => a.token())");
            JsonPath area = given().auth().oauth2(token).get("/api/v1/adoption/departments/{code}", s.department())
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(2, area.getList("districts").size(), "the department's two districts");
            for (int i = 0; i < 2; i++) {
                assertRowMatches(page.locator("#unit-chart li.bar-row[data-key='" + area.getString(
                        "districts[" + i + "].code") + "']"), area.getString("districts[" + i + "].name"),
                        area.getMap("districts[" + i + "].figures"));
            }
            ConsoleShots.both(page, "tien-do-so");
        }
    }

    /** A chart's row: its label, and per series the bar's length and the text beside it, as the REST figures say. */
    private static void assertRowMatches(Locator row, String label, Map<String, Object> figures) {
        assertThat(row.locator(".bar-label")).containsText(label);
        for (String series : SERIES) {
            @SuppressWarnings("unchecked")
            Map<String, Object> share = (Map<String, Object>) figures.get(series);
            Object percent = share.get("percent");
            Locator line = row.locator("[data-series='" + series + "']");
            assertThat(line.locator(".bar-fill")).hasAttribute("data-percent",
                    percent == null ? "" : new BigDecimal(percent.toString()).stripTrailingZeros().toPlainString());
            assertThat(line.locator(".bar-value")).hasText(text(share));
        }
    }

    /** The share as the screen writes it: "66,7 % (2/3)", "— (0/0)". */
    private static String text(Map<String, Object> share) {
        Object percent = share.get("percent");
        String counts = "(" + share.get("activated") + "/" + share.get("total") + ")";
        if (percent == null) {
            return "— " + counts;
        }
        return String.format(Locale.ROOT, "%.1f", ((Number) percent).doubleValue()).replace('.', ',') + " % " + counts;
    }
}

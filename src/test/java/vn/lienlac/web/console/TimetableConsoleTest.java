package vn.lienlac.web.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.console.ConsoleScene.Scene;

/**
 * The principal's timetable screen in a real Chromium (docs/timetable.md, "Web"): a TKB file with an unknown class
 * and a bad period is previewed with each error on its row and column and cannot be applied; the fixed file is
 * previewed (nothing stored), applied (the families told), and this week's timetable of 6A1 shows it.
 */
@QuarkusTest
class TimetableConsoleTest extends BrowserJourney {

    private static final String BROKEN = """
            THỜI KHÓA BIỂU HỌC KỲ I
            Thứ,Buổi,Tiết,6A1,9Z9
            Hai,Sáng,1,Chào cờ,Chào cờ
            ,,7,Toán – Bùi Văn Toán,Ngữ văn
            """;
    private static final String GOOD = """
            THỜI KHÓA BIỂU HỌC KỲ I
            Thứ,Buổi,Tiết,6A1,6A2
            Hai,Sáng,1,Chào cờ,Chào cờ
            ,,2,Toán – Bùi Văn Toán (P.201),Ngữ văn
            Ba,Chiều,1,Thể dục,
            """;

    @Inject
    ConsoleScene scenes;

    @Inject
    TestSchools schools;

    private final WebCodes codes = new WebCodes();
    private Scene s;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        s = scenes.create();
    }

    @Test
    void principalSeesEachCellErrorThenPreviewsAndAppliesTheFixedFile() {
        try (BrowserContext laptop = browsers.context(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H, false)) {
            Page page = laptop.newPage();
            WebSignIn.byCode(page, codes, s.principalAPhone());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản trị").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Thời khóa biểu")))
                    .click();
            page.getByLabel("Tệp thời khóa biểu (.xlsx, .csv)").waitFor();
            assertThat(page.locator("#tkb-class option")).hasCount(2);
            ConsoleShots.both(page, "tkb");

            page.getByLabel("Tệp thời khóa biểu (.xlsx, .csv)").setInputFiles(csv("tkb-loi.csv", BROKEN));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
            // Row 2 is the header (a title line above it), column E its unknown class; row 4, column C the period.
            assertThat(page.locator("td.cell-error[data-row='2'][data-column='E']")).containsText("9Z9");
            assertThat(page.locator("td.cell-error[data-row='4'][data-column='C']")).containsText("7");
            assertThat(page.getByText("Tệp có 2 lỗi; chưa có gì được ghi.", new Page.GetByTextOptions()))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Áp dụng thời khóa biểu"))).hasCount(0);
            ConsoleShots.both(page, "tkb-xem-truoc-co-loi");

            page.getByLabel("Tệp thời khóa biểu (.xlsx, .csv)").setInputFiles(csv("tkb.csv", GOOD));
            assertThat(page.locator(".error-grid")).hasCount(0);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
            assertThat(page.locator("table.tkb-outcomes tbody tr")).hasCount(2);
            assertThat(page.locator("table.tkb-outcomes tbody tr").first()).containsText("6A1");
            assertThat(page.locator("table.tkb-outcomes tbody tr").first()).containsText("Mới");
            ConsoleShots.both(page, "tkb-xem-truoc-hop-le");
            // Nothing is written by a preview.
            assertEquals(0, schools.count("SELECT count(*) FROM timetable_version WHERE class_id = $1",
                    s.class6a1()));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Áp dụng thời khóa biểu")).click();
            assertThat(page.getByText(Pattern.compile("^Đã áp dụng cho 2 lớp; đã báo \\d+ phụ huynh\\.$")))
                    .isVisible();
            assertEquals(1, schools.count("SELECT count(*) FROM timetable_version WHERE class_id = $1",
                    s.class6a1()));
            // This week's timetable of 6A1 (the first class): Monday's second period on the grid.
            assertThat(page.locator(".tkb-current .tt-grid")).containsText("Toán");
            assertThat(page.locator(".tkb-current .tt-grid")).containsText("Bùi Văn Toán · Phòng P.201");
            ConsoleShots.both(page, "tkb-da-ap-dung");
            // On a phone, the same week as a day-by-day list.
            page.setViewportSize(360, 740);
            assertThat(page.locator(".tkb-current .tt-day[data-day='1']")).containsText("Chào cờ");
        }
    }

    private static FilePayload csv(String name, String text) {
        return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}

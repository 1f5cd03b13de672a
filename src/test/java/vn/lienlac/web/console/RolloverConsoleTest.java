package vn.lienlac.web.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;

/**
 * A principal previews the new school year's roster in the console (docs/import.md#new-school-year): the preview says
 * which of last year's classes close and where their students go, and writes nothing.
 */
@QuarkusTest
class RolloverConsoleTest extends BrowserJourney {

    private static final String GROUP = "rollover";

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    Clock clock;

    private final WebCodes codes = new WebCodes();

    @BeforeEach
    void otp() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
    }

    @Test
    void principalPreviewsTheNewYearsRosterAndSeesLastYearsClassesClose() throws IOException {
        String year = SchoolYears.current(clock);
        int start = Integer.parseInt(year.substring(0, 4)) - 1;
        String lastYear = start + "-" + (start + 1);
        String school = schools.newSchool();
        String principalPhone = PeopleFixtures.phone();
        people.staff(school, PeopleFixtures.code("HT"), "Đỗ Thị Hương", "PRINCIPAL", principalPhone, true);
        long teacher = people.staff(school, PeopleFixtures.code("GV"), "Phạm Minh Đức", "TEACHER",
                PeopleFixtures.phone(), true);
        long a1 = people.schoolClass(school, lastYear, "6A1", teacher);
        people.teach(teacher, a1, "Toán");
        String an = people.enrolledStudent(school, a1, "Nguyễn Văn An");
        String binh = people.enrolledStudent(school, a1, "Trần Thị Bình");
        people.enrolledStudent(school, a1, "Lê Thị Cúc");   // moved away: not in the new year's file
        String khoa = PeopleFixtures.code("HS");
        Path csv = Files.createTempDirectory("rollover").resolve("hoc-sinh-" + year + ".csv");
        Files.writeString(csv, String.join("\n",
                "Mã học sinh,Họ và tên,Ngày sinh,Giới tính,Lớp",
                an + ",Nguyễn Văn An,05/09/2013,Nam,7A1",
                binh + ",Trần Thị Bình,12/01/2013,Nữ,7A1",
                khoa + ",Lê Minh Khoa,12/03/2014,Nam,6A1"), StandardCharsets.UTF_8);

        try (BrowserContext laptop = browsers.context(1366, 768, false)) {
            Page page = laptop.newPage();
            WebSignIn.byCode(page, codes, principalPhone);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    Pattern.compile("^Nhập dữ liệu từ CSDL ngành"))).click();
            page.locator("input[name='mode'][value='snapshot']").check();
            page.getByLabel("Tệp dữ liệu (.xlsx, .csv)").setInputFiles(csv);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();

            var section = page.locator("section.rollover");
            assertThat(section.locator("h3")).hasText("Chuyển sang năm học " + year);
            assertThat(section.locator("table.rollover-closing tbody tr")).hasText(
                    Pattern.compile("6A1 \\(" + lastYear + "\\)\\s*3\\s*7A1: 2\\s*1"));
            assertThat(section.locator("table.rollover-opening tbody tr").first()).containsText("6A1 (lớp mới)");
            assertThat(section.locator("table.rollover-opening tbody tr").nth(1)).containsText("6A1: 2");
            assertThat(section).containsText("1 nhóm lớp cũ chỉ còn để xem lại; 2 nhóm lớp mới được tạo.");
            // Last year's class ends (to look back at); only Cúc, whom the file leaves out, becomes inactive.
            assertThat(page.locator("[data-count=deactivated] b")).hasText("1");
            assertThat(page.locator(".apply .closing-warning"))
                    .hasText("1 lớp của năm học cũ sẽ kết thúc (chỉ còn xem lại).");
            assertThat(page.locator(".apply p.error:not([hidden])")).hasText(
                    Pattern.compile("^Chú ý: \\d+ bản ghi không có trong tệp sẽ bị ngừng hoạt động\\.$"));
            assertThat(page.locator("table.changes tr", new Page.LocatorOptions().setHasText("Kết thúc năm học"))
                    .first()).containsText("6A1 (" + lastYear + ")");
            page.locator(".apply").scrollIntoViewIfNeeded();
            Browsers.screenshot(page, GROUP, "xem-truoc-canh-bao-1366x768");
            section.scrollIntoViewIfNeeded();
            Browsers.screenshot(page, GROUP, "xem-truoc-nam-hoc-moi-1366x768");
            page.setViewportSize(360, 740);
            section.scrollIntoViewIfNeeded();
            Browsers.screenshot(page, GROUP, "xem-truoc-nam-hoc-moi-360x740");
            page.locator(".apply").scrollIntoViewIfNeeded();
            Browsers.screenshot(page, GROUP, "xem-truoc-canh-bao-360x740");
        }
        assertEquals(0, schools.count("SELECT count(*) FROM school_class WHERE id = $1 AND closed_at IS NOT NULL",
                a1), "a preview closes nothing");
    }
}

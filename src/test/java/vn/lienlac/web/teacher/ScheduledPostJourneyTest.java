package vn.lienlac.web.teacher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.notices.scheduled.ScheduledNotices;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.WillSend;

/**
 * A teacher, on a phone, posts to the class's families with "Hẹn giờ gửi" (tomorrow 06:30), finds the post under
 * "Đã hẹn giờ" (from "Lớp của tôi"), cancels it, and when the time has passed no family got it.
 */
@QuarkusTest
class ScheduledPostJourneyTest extends BrowserJourney {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String NOTICES_TITLED = "SELECT count(*) FROM notice WHERE kind = 'ACTIVITY' "
            + "AND payload->>'title' = $1";

    @Inject
    TeacherScene teachers;

    @Inject
    ScheduledNotices scheduled;

    @Inject
    TestSchools db;

    private final WebCodes codes = new WebCodes();

    @BeforeEach
    void codes() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
    }

    @Test
    void teacherSchedulesAClassPostAndCancelsItBeforeItGoes() {
        TeacherScene.Scene scene = teachers.create();
        LocalDate tomorrow = LocalDate.now(VN).plusDays(1);
        String title = "Tham quan bảo tàng Dân tộc học " + scene.school();
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            WebSignIn.byCode(page, codes, scene.teacherPhone());
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính")).waitFor();
            page.navigate("/#/lop/" + scene.classId() + "/hoat-dong");
            page.getByLabel("Loại bài đăng").selectOption("SU_KIEN");
            page.getByLabel("Tiêu đề").fill(title);
            page.getByLabel("Nội dung").fill("Lớp đi tham quan sáng thứ Bảy; các con mang nước uống và mũ.");
            page.getByLabel("Hẹn giờ gửi", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Ngày gửi").fill(tomorrow.toString());
            page.getByLabel("Giờ gửi (giờ Việt Nam)").fill("06:30");
            assertThat(page.getByText(WillSend.at(tomorrow, "06:30"))).isVisible();
            Browsers.screenshot(page, "schedule", "dang-bai-hen-gio");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng").setExact(true)).click();
            assertThat(page.locator("p.result")).containsText("Bài đăng sẽ được gửi lúc 06:30 ngày ");
            assertEquals(0, db.count(NOTICES_TITLED, title));

            // "Lớp của tôi" leads to what waits; the post is there, for whom and when.
            page.navigate("/#/lop");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đã hẹn giờ gửi")).waitFor();
            Browsers.screenshot(page, "schedule", "lop-cua-toi");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đã hẹn giờ gửi")).click();
            Locator row = page.locator("li.sched-row", new Page.LocatorOptions().setHasText(title));
            assertThat(row).containsText("Bài đăng");
            assertThat(row).containsText("Tới: Phụ huynh lớp 6A1");
            assertThat(row).containsText(WillSend.at(tomorrow, "06:30"));
            Browsers.screenshot(page, "schedule", "da-hen-gio-giao-vien");

            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hủy gửi: " + title)).click();
            Browsers.screenshot(page, "schedule", "huy-gui-xac-nhan");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận hủy gửi")).click();
            assertThat(row).hasCount(0);
            assertThat(page.getByText("Không có văn bản, thông báo hay tin nhắn nào đang chờ gửi.")).isVisible();
            Browsers.screenshot(page, "schedule", "da-huy-giao-vien");
        }
        scheduled.sendDue(tomorrow.plusDays(1).atStartOfDay(VN).toInstant()).await().atMost(Duration.ofSeconds(30));
        assertEquals(0, db.count(NOTICES_TITLED, title));
        assertEquals(1, db.count("SELECT count(*) FROM notice_scheduled WHERE school_code = $1 AND state = 'CANCELLED'",
                scene.school()));
    }
}

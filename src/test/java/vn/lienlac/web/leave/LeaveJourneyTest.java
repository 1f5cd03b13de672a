package vn.lienlac.web.leave;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.teacher.TeacherScene;
import vn.lienlac.web.teacher.TeacherScene.Scene;

/**
 * A leave request in real Chromium, on two phones (360×740): the mother asks leave for An from the inbox's shortcut,
 * the homeroom teacher approves it from her classes, the mother sees it approved and An's attendance calendar shows
 * the day absent with permission.
 */
@QuarkusTest
class LeaveJourneyTest extends BrowserJourney {

    private static final String GROUP = "leave";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    TeacherScene scenes;

    @Inject
    TestSchools schools;

    private final WebCodes codes = new WebCodes();
    private Scene s;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        s = scenes.create();
        // The staff file says she is a woman: texts to families and her card call her "cô".
        schools.count("UPDATE staff SET gender = 'FEMALE' WHERE phone = $1 RETURNING 1", s.teacherPhone());
    }

    @Test
    void parentAsksTeacherApprovesAndTheCalendarShowsTheDayExcused() {
        ZonedDateTime schoolDay = schoolDay();
        LocalDate day = schoolDay.toLocalDate();
        try (BrowserContext motherPhone = onDay(browsers.phone(), schoolDay);
                BrowserContext teacherPhone = onDay(browsers.phone(), schoolDay)) {
            Page mother = signIn(motherPhone, s.anMotherPhone());
            mother.navigate("/#/hop-thu");
            Locator shortcut = mother.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xin nghỉ"));
            shortcut.waitFor();
            Browsers.screenshot(mother, GROUP, "phu-huynh-hop-thu");
            shortcut.click();
            mother.getByLabel("Từ ngày").fill(day.toString());
            mother.getByLabel("Đến ngày").fill(day.toString());
            mother.getByLabel("Buổi nghỉ").selectOption("CA_NGAY");
            mother.getByLabel("Lý do").fill("Con bị sốt, gia đình xin cho con nghỉ để đi khám.");
            Browsers.screenshot(mother, GROUP, "phu-huynh-viet-don");
            mother.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đơn")).click();
            Locator card = mother.locator(".leave-card").first();
            assertThat(card.getByText("Chờ duyệt")).isVisible();
            assertThat(card.getByText("Lý do: Con bị sốt, gia đình xin cho con nghỉ để đi khám.")).isVisible();
            card.scrollIntoViewIfNeeded();
            Browsers.screenshot(mother, GROUP, "phu-huynh-da-gui");

            Page teacher = signIn(teacherPhone, s.teacherPhone());
            teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đơn xin nghỉ")).click();
            Locator pending = teacher.locator(".leave-card").filter(new Locator.FilterOptions()
                    .setHasText("Nguyễn Văn An (lớp 6A1)"));
            assertThat(pending).hasCount(1);
            pending.getByLabel("Nhận xét (không bắt buộc)").fill("Chúc con mau khỏe");
            Browsers.screenshot(teacher, GROUP, "giao-vien-don-cho-duyet");
            pending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Duyệt").setExact(true))
                    .click();
            assertThat(teacher.getByText("Không có đơn xin nghỉ nào đang chờ duyệt.")).isVisible();
            Browsers.screenshot(teacher, GROUP, "giao-vien-da-duyet");

            // The whole-day leave shows in the morning's and the afternoon's roll call as "có phép".
            teacher.navigate("/#/lop/" + s.classId() + "/diem-danh");
            assertThat(teacher.locator(".att-date")).containsText(
                    day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            Locator an = teacher.getByLabel("Tình trạng của Nguyễn Văn An");
            teacher.getByLabel("Sáng", new Page.GetByLabelOptions().setExact(true)).check();
            assertThat(an).hasValue("CO_PHEP");
            teacher.getByLabel("Chiều", new Page.GetByLabelOptions().setExact(true)).check();
            assertThat(an).hasValue("CO_PHEP");
            Browsers.screenshot(teacher, GROUP, "giao-vien-diem-danh-nghi-ca-ngay");

            mother.reload();
            Locator answered = mother.locator(".leave-card").first();
            assertThat(answered.getByText("Đã duyệt – nghỉ có phép")).isVisible();
            assertThat(answered.getByText("Nhận xét của cô Phạm Thị Hoa: Chúc con mau khỏe")).isVisible();
            answered.scrollIntoViewIfNeeded();
            Browsers.screenshot(mother, GROUP, "phu-huynh-da-duyet");

            // The answer is in her inbox under its own category ("Xin nghỉ"), not the generic "Thông báo".
            mother.navigate("/#/hop-thu");
            assertThat(mother.locator(".inbox-list .row-title").first()).containsText("Xin nghỉ");
            Browsers.screenshot(mother, GROUP, "phu-huynh-hop-thu-da-duyet");

            mother.navigate("/#/con/" + s.an() + "/chuyen-can");
            Locator cell = mother.locator("td.day.st-excused");
            assertThat(cell).hasCount(1);
            assertThat(cell).hasAttribute("aria-label",
                    java.util.regex.Pattern.compile(": Vắng có phép \\(cả ngày\\)$"));
            assertThat(mother.getByText("Đơn xin nghỉ đã được duyệt.")).isVisible();
            Browsers.screenshot(mother, GROUP, "lich-chuyen-can-nghi-co-phep");
        }
    }

    /**
     * The journey's one school day: now in Vietnam, or the same time on Monday when today is a Sunday (no lessons, no
     * roll call). The leave is asked for that day, and the roll call and the calendar open on it.
     */
    private static ZonedDateTime schoolDay() {
        ZonedDateTime now = ZonedDateTime.now(VIETNAM);
        return now.getDayOfWeek() == DayOfWeek.SUNDAY ? now.plusDays(1) : now;
    }

    /**
     * The phone's clock set to the school day (its time flowing on from there): the roll call is always for the
     * phone's today and the calendar opens on the phone's month, so on a Sunday they would otherwise show Sunday's.
     * Nothing changes in the app or on the server; on any other day this is the real time.
     */
    private static BrowserContext onDay(BrowserContext phone, ZonedDateTime schoolDay) {
        phone.clock().install(new Clock.InstallOptions().setTime(schoolDay.toInstant().toEpochMilli()));
        return phone;
    }

    private Page signIn(BrowserContext context, String phoneE164) {
        Page page = context.newPage();
        List<String> problems = new ArrayList<>();
        page.onPageError(problems::add);
        WebSignIn.byCode(page, codes, phoneE164);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính")).waitFor();
        assertTrue(problems.isEmpty(), "page errors: " + problems);
        return page;
    }
}

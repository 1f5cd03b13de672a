package vn.lienlac.web.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.scheduled.SendLaterOffer;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.notifications.policy.PolicyConfig;
import vn.lienlac.platform.time.TimeConfig;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.teacher.TeacherScene;

/**
 * A teacher writes to a parent at 21:30: beside "Gửi ngay" the composer offers "Gửi lúc 06:30 sáng mai"; choosing it
 * keeps the message for the morning (the parent's conversation holds nothing yet). The class post screen offers the
 * same, and the post becomes a scheduled batch; so does the comment screen. The offer's clock is set to 21:30;
 * sign-in and everything else keep the real time.
 */
@QuarkusTest
class SendLaterJourneyTest extends BrowserJourney {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    ChatFixtures chat;

    @Inject
    PolicyConfig policy;

    @Inject
    TeacherScene teachers;

    @Inject
    TimeConfig time;

    private final WebCodes codes = new WebCodes();

    @BeforeEach
    void nineThirtyPm() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        LocalDate today = LocalDate.now(VN);
        QuarkusMock.installMockForType(new SendLaterOffer(Clock.fixed(today.atTime(LocalTime.of(21, 30)).atZone(VN)
                .toInstant(), VN), policy, time, true), SendLaterOffer.class);
    }

    @Test
    void afterNinePmATeacherIsOfferedToSendAt0630AndTheMessageWaits() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person parent = chat.guardian("Trần Thị Mai");
        long dm = chat.conversation("DIRECT", teacher, parent);
        try (BrowserContext phone = browsers.phone()) {
            Page page = WebChatSignIn.as(phone, teacher, codes);
            page.navigate("/#/tro-chuyen/" + dm);
            page.getByLabel("Nội dung tin nhắn").fill("Chào chị Mai, mai con nhớ mang áo khoác vì trời lạnh ạ.");
            page.locator("#chat-later").or(page.getByText("Không mở được")).first().waitFor();
            Browsers.screenshot(page, "schedule", "soan-tin-sau-21h");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi lúc 06:30 sáng mai")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ngay")
                    .setExact(true))).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi lúc 06:30 sáng mai")).click();
            String tomorrow = LocalDate.now(VN).plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertThat(page.getByText("Tin nhắn sẽ được gửi lúc 06:30 ngày " + tomorrow + ".")).isVisible();
            assertThat(page.getByLabel("Nội dung tin nhắn")).hasValue("");
            Browsers.screenshot(page, "schedule", "da-hen-gio");
        }
        assertEquals(1, chat.count("SELECT count(*) FROM chat_scheduled_message WHERE conversation_id = $1 "
                + "AND state = 'SCHEDULED'", dm));
        assertEquals(0, chat.count("SELECT count(*) FROM chat_event WHERE conversation_id = $1 AND type = 'MESSAGE'",
                dm));
    }

    @Test
    void after9PmAClassPostIsOfferedToGoAt0630() {
        TeacherScene.Scene scene = teachers.create();
        try (BrowserContext phone = browsers.phone()) {
            Page page = teacherOn(phone, scene, "hoat-dong");
            page.getByLabel("Loại bài đăng").selectOption("SU_KIEN");
            page.getByLabel("Tiêu đề").fill("Họp phụ huynh cuối học kỳ I");
            page.getByLabel("Nội dung").fill("Mời quý phụ huynh dự họp lúc 8:00 sáng Chủ nhật tại phòng học lớp.");
            page.locator("#a-later").waitFor();
            Browsers.screenshotKeepingSettings(page, "schedule", "dang-bai-sau-21h"); // the whole form above the tab bar
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ngay")
                    .setExact(true))).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi lúc 06:30 sáng mai")).click();
            String tomorrow = LocalDate.now(VN).plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertThat(page.getByText("Bài đăng sẽ được gửi lúc 06:30 ngày " + tomorrow + ".").first()).isVisible();
            Browsers.screenshotKeepingSettings(page, "schedule", "dang-bai-da-hen-gio");
        }
        assertEquals(1, chat.count("SELECT count(*) FROM notice_scheduled WHERE school_code = $1 AND state = "
                + "'SCHEDULED' AND kind = 'ACTIVITY'", scene.school()));
    }

    @Test
    void after9PmAClassCommentIsOfferedToGoAt0630() {
        TeacherScene.Scene scene = teachers.create();
        try (BrowserContext phone = browsers.phone()) {
            Page page = teacherOn(phone, scene, "nhan-xet");
            page.getByLabel("Nhận xét cho", new Page.GetByLabelOptions().setExact(true)).selectOption(scene.an());
            page.getByLabel("Nội dung nhận xét").fill("Hôm nay con làm bài kiểm tra Toán rất cẩn thận.");
            page.locator("#c-later").waitFor();
            Browsers.screenshotKeepingSettings(page, "schedule", "nhan-xet-sau-21h");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ngay")
                    .setExact(true))).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi lúc 06:30 sáng mai")).click();
            String tomorrow = LocalDate.now(VN).plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertThat(page.getByText("Nhận xét sẽ được gửi lúc 06:30 ngày " + tomorrow + ".").first()).isVisible();
            assertThat(page.getByLabel("Nội dung nhận xét")).hasValue("");
            assertThat(page.getByText("Chưa gửi nhận xét nào trong 30 ngày qua.")).isVisible();
            Browsers.screenshotKeepingSettings(page, "schedule", "nhan-xet-da-hen-gio");
        }
        assertEquals(1, chat.count("SELECT count(*) FROM notice_scheduled WHERE school_code = $1 AND state = "
                + "'SCHEDULED' AND kind = 'COMMENT'", scene.school()));
    }

    /** The class's teacher, signed in on this phone, on one of the class's screens ("hoat-dong", "nhan-xet"). */
    private Page teacherOn(BrowserContext phone, TeacherScene.Scene scene, String screen) {
        Page page = phone.newPage();
        WebSignIn.byCode(page, codes, scene.teacherPhone());
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính")).waitFor();
        page.navigate("/#/lop/" + scene.classId() + "/" + screen);
        return page;
    }
}

package vn.lienlac.web.teacher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.teacher.TeacherScene.Scene;

/**
 * Issue 20, item 3, in a real Chromium: between lessons, on a phone, the homeroom teacher writes a comment for a
 * student, corrects it, and the parent reads it in the child's contact book; then the teacher withdraws it. The
 * directory knows the teacher is a woman (the staff file's "Giới tính"), so every text says "cô Phạm Thị Hoa". Every
 * screen at 360×740 and at 1366×768, under target/screenshots/comments/.
 */
@QuarkusTest
class CommentsJourneyTest extends BrowserJourney {

    private static final String GROUP = "comments";

    @Inject
    TeacherScene scenes;

    @Inject
    Pool pool;

    private final WebCodes codes = new WebCodes();
    private Scene s;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        s = scenes.create();
        pool.preparedQuery("UPDATE staff SET gender = 'FEMALE' WHERE phone = $1").execute(Tuple.of(s.teacherPhone()))
                .await().indefinitely();
    }

    @Test
    void teacherWritesACommentForAStudentAndTheParentSeesItInTheContactBook() {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String sent = "Nhận xét ngày " + today + " của cô Phạm Thị Hoa về con Nguyễn Văn An (lớp 6A1): ";
        try (BrowserContext phone = browsers.phone()) {
            Page teacher = signIn(phone, s.teacherPhone());
            teacher.navigate("/#/lop");
            teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhận xét").setExact(true)).click();
            teacher.getByLabel("Nhận xét cho", new Page.GetByLabelOptions().setExact(true)).selectOption(s.an());
            teacher.getByLabel("Nội dung nhận xét").fill("Con tích cực phát biểu.");
            Browsers.screenshot(teacher, GROUP, "giao-vien-viet-360");
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi nhận xét")).click();
            assertThat(teacher.getByText("Đã gửi nhận xét cho phụ huynh.").first()).isVisible();
            assertThat(teacher.getByText(sent + "Con tích cực phát biểu.")).isVisible();

            // "Sửa": the form takes the comment back; sending it is a correction.
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Sửa nhận xét cho Nguyễn Văn An")).click();
            assertThat(teacher.getByLabel("Nội dung nhận xét")).hasValue("Con tích cực phát biểu.");
            teacher.getByLabel("Nội dung nhận xét").fill("Con tích cực phát biểu, giúp bạn cùng bàn học Toán.");
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đính chính")).click();
            assertThat(teacher.getByText("Đã gửi đính chính cho phụ huynh.").first()).isVisible();
            assertThat(teacher.getByText(sent + "Con tích cực phát biểu, giúp bạn cùng bàn học Toán.")).isVisible();
            assertThat(teacher.locator(".sent-comment .tag")).hasText("Đã đính chính");
            Browsers.screenshot(teacher, GROUP, "giao-vien-da-gui-360");

            try (BrowserContext parentPhone = browsers.phone()) {
                Page parent = signIn(parentPhone, s.anMotherPhone());
                parent.navigate("/#/hop-thu");
                parent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhận xét").setExact(true)).click();
                Locator card = parent.locator(".comment-card");
                assertThat(card).hasCount(1);
                assertThat(card.getByText("Con tích cực phát biểu, giúp bạn cùng bàn học Toán.")).isVisible();
                assertThat(card.getByText("Cô Phạm Thị Hoa")).isVisible();
                assertThat(card.getByText("Đính chính", new Locator.GetByTextOptions().setExact(true))).isVisible();
                Browsers.screenshot(parent, GROUP, "phu-huynh-so-lien-lac-360");
                parent.navigate("/#/hop-thu");
                assertThat(parent.locator(".inbox-list .row-title").first()).containsText("Nhận xét");
                Browsers.screenshot(parent, GROUP, "phu-huynh-hop-thu-360");

                // The same screens on a laptop's 1366×768 window (a second sign-in of the same number would wait for
                // the code's resend interval).
                parent.setViewportSize(1366, 768);
                parent.navigate("/#/con/" + s.an() + "/nhan-xet");
                assertThat(parent.locator(".comment-card")).hasCount(1);
                Browsers.screenshot(parent, GROUP, "phu-huynh-so-lien-lac-1366");
                parent.setViewportSize(360, 740);
                teacher.setViewportSize(1366, 768);
                teacher.getByLabel("Nhận xét cho", new Page.GetByLabelOptions().setExact(true)).selectOption("*");
                teacher.locator("label.segment", new Page.LocatorOptions().setHasText("Tuần")).click();
                assertThat(teacher.getByText("Tuần bắt đầu thứ Hai")).isVisible();
                Browsers.screenshot(teacher, GROUP, "giao-vien-1366");
                teacher.setViewportSize(360, 740);

                // "Rút lại", confirmed: the comment leaves the teacher's list and the family's contact book.
                teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Rút lại nhận xét cho Nguyễn Văn An")).click();
                Browsers.screenshot(teacher, GROUP, "giao-vien-rut-lai-360");
                teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rút lại").setExact(true))
                        .click();
                assertThat(teacher.getByText("Chưa gửi nhận xét nào trong 30 ngày qua.")).isVisible();
                parent.reload();
                assertThat(parent.getByText("Chưa có nhận xét nào trong 30 ngày qua.")).isVisible();
            }
        }
    }

    @Test
    void teacherSchedulesACommentForSevenTomorrowMorningAndNothingIsSentBefore() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        try (BrowserContext phone = browsers.phone()) {
            Page teacher = signIn(phone, s.teacherPhone());
            teacher.navigate("/#/lop/" + s.classId() + "/nhan-xet");
            teacher.getByLabel("Nhận xét cho", new Page.GetByLabelOptions().setExact(true)).selectOption("*");
            teacher.getByLabel("Nội dung nhận xét").fill("Cả lớp chuẩn bị tốt cho buổi văn nghệ chào mừng 20/11.");
            teacher.getByLabel("Hẹn giờ gửi").check();
            teacher.getByLabel("Ngày gửi").fill(tomorrow.toString());
            teacher.getByLabel("Giờ gửi (giờ Việt Nam)").fill("07:00");
            assertThat(teacher.getByText("Sẽ gửi lúc 07:00")).isVisible();
            Browsers.screenshotKeepingSettings(teacher, GROUP, "giao-vien-hen-gio-360");
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi nhận xét")).click();
            String day = tomorrow.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertThat(teacher.getByText("Nhận xét sẽ được gửi lúc 07:00 ngày " + day + ".").first()).isVisible();
            assertThat(teacher.getByText("Chưa gửi nhận xét nào trong 30 ngày qua.")).isVisible();
            assertThat(teacher.getByLabel("Hẹn giờ gửi")).not().isChecked();
            Browsers.screenshot(teacher, GROUP, "giao-vien-da-hen-gio-360");
        }
        assertEquals(1L, pool.preparedQuery("""
                        SELECT count(*) FROM notice_scheduled
                        WHERE school_code = $1 AND kind = 'COMMENT' AND state = 'SCHEDULED'""")
                .execute(Tuple.of(s.school())).await().indefinitely().iterator().next().getLong(0));
        assertEquals(0L, pool.preparedQuery("""
                        SELECT count(*) FROM notice n JOIN school sc ON sc.id = n.school_id
                        WHERE sc.code = $1 AND n.kind = 'COMMENT'""")
                .execute(Tuple.of(s.school())).await().indefinitely().iterator().next().getLong(0),
                "nothing reaches the families before its time");
    }

    /** Signs in by phone and one-time code, as the phone's owner would; no page error on the way. */
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

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
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.scheduled.ScheduledDirectives;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.WillSend;
import vn.lienlac.web.console.ConsoleScene.Scene;

/**
 * A principal schedules a directive in the console ("Hẹn giờ gửi": day and time, spelled out as "Sẽ gửi lúc 07:00 thứ
 * …"), finds it under "Đã hẹn giờ", cancels it, and when its time has passed nobody got it. A second one goes while the
 * list is open: cancelling it answers "Đã gửi rồi, không thể hủy" and the list drops it (docs/web-console.md,
 * "Scheduled sends").
 */
@QuarkusTest
class ScheduledSendsConsoleTest extends BrowserJourney {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ConsoleScene scenes;

    @Inject
    ScheduledDirectives scheduled;

    @Inject
    TestSchools db;

    private final WebCodes codes = new WebCodes();
    private Scene s;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        s = scenes.create();
    }

    @Test
    void principalSchedulesADirectiveSeesItAndCancelsItSoNobodyGetsIt() {
        String subject = "Lịch họp hội đồng sư phạm " + s.a();
        LocalDate day = LocalDate.now(VN).plusDays(3);
        try (BrowserContext laptop = browsers.context(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H, false)) {
            Page page = laptop.newPage();
            WebSignIn.byCode(page, codes, s.principalAPhone());
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính")).waitFor();
            // "Đã hẹn giờ" sits beside the directives' tabs; nothing waits yet.
            page.navigate("/#/quan-tri/van-ban");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đã hẹn giờ").setExact(true)).click();
            assertThat(page.getByText("Không có văn bản, thông báo hay tin nhắn nào đang chờ gửi.")).isVisible();
            page.navigate("/#/quan-tri/van-ban/moi");
            page.getByLabel("Số văn bản").fill("12/TB-THCS");
            page.getByLabel("Trích yếu").fill(subject);
            page.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true))
                    .fill("Mời toàn thể cán bộ, giáo viên dự họp hội đồng sư phạm tháng 12.");
            assertThat(page.getByLabel("Toàn thể cán bộ, giáo viên, nhân viên")).isChecked(); // the audience is drawn
            page.getByLabel("Hẹn giờ gửi", new Page.GetByLabelOptions().setExact(true)).check();
            // A moment already past is refused before anything is sent.
            page.getByLabel("Ngày gửi").fill(LocalDate.now(VN).minusDays(1).toString());
            page.getByLabel("Giờ gửi (giờ Việt Nam)").fill("07:00");
            assertThat(page.getByText("Thời điểm hẹn gửi phải ở sau thời điểm hiện tại.")).isVisible();
            page.getByLabel("Ngày gửi").fill(day.toString());
            String willSend = WillSend.at(day, "07:00");
            assertThat(page.getByText(willSend)).isVisible();
            ConsoleShots.both(page, "hen-gio-soan");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi văn bản")).click();

            // It is listed under "Đã hẹn giờ", for when and to whom; nobody has it yet.
            page.waitForURL(url -> url.endsWith("#/quan-tri/hen-gio"));
            Locator row = page.locator("li.sched-row", new Page.LocatorOptions().setHasText(subject));
            assertThat(row).containsText(willSend);
            assertThat(row).containsText("Tới: Toàn thể cán bộ, giáo viên, nhân viên · 2 người nhận");
            assertEquals(0, db.count("SELECT count(*) FROM directive WHERE subject = $1", subject));

            // A second one, scheduled over the API, goes while the list is open.
            String token = (String) page.evaluate("() => import('/app/core/auth.js').then((a) => a.token())");
            String soonSubject = "Nhắc nộp sổ điểm " + s.a();
            Instant soon = Instant.now().plus(Duration.ofHours(1));
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("documentNumber", "13/TB-THCS", "issuedOn", LocalDate.now(VN).toString(),
                            "subject", soonSubject, "body", "Đề nghị giáo viên nộp sổ điểm.",
                            "audience", Map.of("groups", List.of("TEACHERS")), "sendAt", soon.toString()))
                    .post("/api/v1/directives/schools/{code}", s.a()).then().statusCode(202);
            page.reload();
            Locator soonRow = page.locator("li.sched-row", new Page.LocatorOptions().setHasText(soonSubject));
            assertThat(soonRow).containsText("Tới: Giáo viên · 2 người nhận");
            ConsoleShots.both(page, "hen-gio-danh-sach");
            scheduled.sendDue(soon.plusSeconds(60)).await().atMost(WAIT);
            soonRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hủy gửi: " + soonSubject))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận hủy gửi")).click();
            assertThat(page.locator(".sched-gone")).hasText("Đã gửi rồi, không thể hủy");
            assertThat(soonRow).hasCount(0);
            assertEquals(1, db.count("SELECT count(*) FROM directive WHERE subject = $1", soonSubject));
            ConsoleShots.both(page, "hen-gio-da-gui-roi");

            // The first is cancelled: it leaves the list, and the list says nothing waits.
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hủy gửi: " + subject)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận hủy gửi")).click();
            assertThat(row).hasCount(0);
            assertThat(page.getByText("Không có văn bản, thông báo hay tin nhắn nào đang chờ gửi.")).isVisible();
            ConsoleShots.both(page, "hen-gio-da-huy");
        }
        // Its time passes: the job sends nothing, no recipient ever has it.
        scheduled.sendDue(day.plusDays(1).atStartOfDay(VN).toInstant()).await().atMost(WAIT);
        assertEquals(0, db.count("SELECT count(*) FROM directive WHERE subject = $1", subject));
        assertEquals(1, db.count("SELECT count(*) FROM directive_scheduled WHERE subject = $1 AND state = 'CANCELLED'",
                subject));
    }
}

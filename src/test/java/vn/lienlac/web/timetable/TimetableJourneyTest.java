package vn.lienlac.web.timetable;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.identity.session.TestSessions;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.teacher.TeacherScene;
import vn.lienlac.web.teacher.TeacherScene.Scene;

/**
 * The class timetable in real Chromium: the principal imports the school's TKB sheet (this week, and a change from
 * next week); An's mother opens "Thời khóa biểu" from her inbox on a phone (360×740: a day-by-day list), switches to
 * next week, then sees this week in a laptop's window (1366×768: a grid); the maths teacher sees her own week.
 */
@QuarkusTest
class TimetableJourneyTest extends BrowserJourney {

    private static final String GROUP = "timetable";

    static final String TKB = """
            THỜI KHÓA BIỂU HỌC KỲ I – NĂM HỌC 2026-2027
            Thứ,Buổi,Tiết,6A1
            Hai,Sáng,1,Chào cờ
            ,,2,Toán – Phạm Thị Hoa
            ,,3,Ngữ văn – Lê Văn Tám
            ,,4,Ngữ văn – Lê Văn Tám
            ,Chiều,1,Tiếng Anh (P.201)
            Ba,Sáng,1,Khoa học tự nhiên
            ,,2,Toán – Phạm Thị Hoa
            ,,3,Lịch sử và Địa lí
            Tư,Sáng,1,Giáo dục thể chất
            ,,2,Tin học (Phòng máy 1)
            Năm,Sáng,1,Toán – Phạm Thị Hoa
            ,,2,Công nghệ
            Sáu,Sáng,1,Ngữ văn – Lê Văn Tám
            ,,2,Âm nhạc
            ,,3,Sinh hoạt lớp
            """;

    @Inject
    TeacherScene scenes;

    @Inject
    PeopleFixtures people;

    @Inject
    TestSessions sessions;

    private final WebCodes codes = new WebCodes();
    private Scene s;
    private String principal;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        s = scenes.create();
        String principalPhone = phone();
        people.staff(s.school(), code("HT"), "Ngô Văn Minh", "PRINCIPAL", principalPhone, true);
        principal = sessions.open(principalPhone, null, Set.of(Roles.TEACHER)).accessToken();
    }

    @Test
    void theParentSeesTheWeekOnAPhoneAndOnALaptop() {
        LocalDate monday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        importTkb(TKB, monday);
        importTkb(TKB.replace("Ba,Sáng,1,Khoa học tự nhiên", "Ba,Sáng,1,Mĩ thuật"), monday.plusDays(7));

        try (BrowserContext phone = browsers.phone(); BrowserContext teacherPhone = browsers.phone()) {
            Page mother = signIn(phone, s.anMotherPhone());
            mother.navigate("/#/hop-thu");
            Locator shortcut = mother.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thời khóa biểu")
                    .setExact(true));
            shortcut.waitFor();
            // Both publishes reached her inbox: the first timetable, then the change from next week.
            assertThat(mother.locator(".inbox-list li")).hasCount(2);
            // Each under its own category, as grades and attendance are, not the generic "Thông báo".
            assertThat(mother.locator(".inbox-list .row-title")).containsText(new String[] {"Thời khóa biểu",
                    "Thời khóa biểu"});
            Browsers.screenshot(mother, GROUP, "phu-huynh-hop-thu-360");
            shortcut.click();
            Locator tuesday = mother.locator(".tt-day[data-day='2']");
            assertThat(tuesday.getByText("Khoa học tự nhiên")).isVisible();
            assertThat(mother.locator(".tt-days")).isVisible();
            assertThat(mother.locator(".tt-grid")).isHidden();
            Locator monday1 = mother.locator(".tt-day[data-day='1']");
            assertThat(monday1.locator(".tt-lesson")).hasCount(5);
            assertThat(monday1.getByText("Phạm Thị Hoa")).isVisible();
            assertThat(monday1.getByText("Phòng P.201")).isVisible();
            assertThat(mother.locator(".tt-day[data-day='3']").getByText("Phòng máy 1", new Locator.GetByTextOptions()
                    .setExact(true))).isVisible();
            Browsers.screenshot(mother, GROUP, "phu-huynh-tuan-nay-360");
            mother.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tuần sau")).click();
            assertThat(mother.locator(".tt-day[data-day='2']").getByText("Mĩ thuật")).isVisible();
            Browsers.screenshot(mother, GROUP, "phu-huynh-tuan-sau-360");

            // The same family on a laptop's window (a second sign-in of the number would wait for a new code).
            Page wide = mother;
            wide.setViewportSize(1366, 768);
            wide.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tuần này")).click();
            Locator grid = wide.locator(".tt-grid");
            assertThat(grid).isVisible();
            assertThat(wide.locator(".tt-days")).isHidden();
            assertThat(grid.getByText("Khoa học tự nhiên")).isVisible();
            assertThat(grid.locator("thead th")).hasCount(7);
            Browsers.screenshot(wide, GROUP, "phu-huynh-tuan-nay-1366");

            Page teacher = signIn(teacherPhone, s.teacherPhone());
            teacher.navigate("/#/lop");
            teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch dạy của tôi")).click();
            assertThat(teacher.locator(".tt-lesson")).hasCount(3);
            assertThat(teacher.locator(".tt-day[data-day='4']").getByText("Lớp 6A1", new Locator.GetByTextOptions().setExact(true))).isVisible();
            Browsers.screenshot(teacher, GROUP, "giao-vien-lich-day-360");
        }
    }

    private void importTkb(String csv, LocalDate weekOf) {
        given().auth().oauth2(principal).contentType("text/csv; charset=UTF-8")
                .queryParam("weekOf", weekOf.toString()).body(csv)
                .post("/api/v1/timetable/schools/{school}/imports", s.school()).then().statusCode(200);
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

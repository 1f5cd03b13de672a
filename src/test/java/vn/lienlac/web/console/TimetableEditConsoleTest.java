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
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.identity.session.TestSessions;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.console.ConsoleScene.Scene;

/**
 * The principal corrects one lesson of 6A1 by hand in a real Chromium (docs/timetable.md, "Web"): the week in force
 * is shown as a grid; the maths teacher put in a slot where he teaches 6A2 is refused on that cell and nothing is
 * stored; the maths lesson of
 * Tuesday becomes literature with the homeroom teacher (found by typing her name without diacritics); "Lưu" stores it
 * and the class's families are told once, naming that lesson, which An's mother reads in her inbox.
 */
@QuarkusTest
class TimetableEditConsoleTest extends BrowserJourney {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String CHANGE = "Thứ Ba tiết 2 (sáng): Toán – Bùi Văn Toán (P.201) → Ngữ văn – Ngô Thị Chủ Nhiệm";

    @Inject
    ConsoleScene scenes;

    @Inject
    TestSchools schools;

    @Inject
    TestSessions sessions;

    @Inject
    Pool pool;

    private final WebCodes codes = new WebCodes();
    private Scene s;
    private LocalDate monday;
    private long c6a2;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        s = scenes.create();
        monday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // 6A1's timetable since last week, as an earlier import would have left it.
        String principal = sessions.open(s.principalAPhone(), null, Set.of(Roles.TEACHER)).accessToken();
        enter(principal, s.class6a1(), List.of(
                Map.of("day", 1, "session", "SANG", "period", 1, "subject", "Chào cờ"),
                Map.of("day", 2, "session", "SANG", "period", 2, "subject", "Toán", "teacher", "Bùi Văn Toán",
                        "room", "P.201"),
                Map.of("day", 3, "session", "SANG", "period", 1, "subject", "Ngữ văn", "teacher",
                        "Ngô Thị Chủ Nhiệm")));
        // 6A2 has the maths teacher on Thursday's first period.
        c6a2 = schools.count("SELECT id FROM school_class WHERE school_id = (SELECT school_id FROM school_class "
                + "WHERE id = $1) AND name = '6A2'", s.class6a1());
        enter(principal, c6a2, List.of(Map.of("day", 4, "session", "SANG", "period", 1, "subject", "Toán", "teacher",
                "Bùi Văn Toán")));
    }

    private void enter(String token, long classId, List<Map<String, Object>> cells) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("cells", cells))
                .put("/api/v1/timetable/classes/{id}/weeks/{w}", classId, monday.minusDays(7).toString())
                .then().statusCode(200);
    }

    @Test
    void principalCorrectsOneLessonAndTheFamiliesAreToldOnceNamingIt() {
        try (BrowserContext laptop = browsers.context(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H, false);
                BrowserContext phone = browsers.phone()) {
            Page page = laptop.newPage();
            List<String> problems = new ArrayList<>();
            page.onPageError(problems::add);
            WebSignIn.byCode(page, codes, s.principalAPhone());
            page.navigate("/#/quan-tri/truong/" + s.a() + "/thoi-khoa-bieu");
            // She was looking at 6A2's week: the editor opens on 6A2, not on the first class.
            page.locator("#tkb-class").selectOption("6A2");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập, sửa thời khóa biểu từng lớp"))
                    .click();
            assertThat(page.locator("#tte-class")).hasValue(String.valueOf(c6a2));
            assertThat(page.getByLabel("Thứ Năm, sáng, tiết 1: môn")).hasValue("Toán");
            page.locator("#tte-class").selectOption("6A1");
            // The address follows the class chosen on the screen, so a reload opens 6A1 again (checked after saving).
            String c6a1 = page.locator("#tte-class").inputValue();
            assertThat(page).hasURL(Pattern.compile(".*/thoi-khoa-bieu/sua/" + c6a1 + "$"));
            Locator subject = page.getByLabel("Thứ Ba, sáng, tiết 2: môn");
            assertThat(subject).hasValue("Toán");
            assertThat(page.getByLabel("Thứ Ba, sáng, tiết 2: giáo viên")).hasValue("Bùi Văn Toán");
            assertThat(page.getByText("Thời khóa biểu đang áp dụng từ tuần " + monday.minusDays(7).format(DAY) + "."))
                    .isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chép từ tuần trước")).click();
            assertThat(page.getByText("Đã chép 3 tiết của tuần " + monday.minusDays(7).format(DAY))).isVisible();
            assertThat(page.getByText("Chưa sửa tiết nào.")).isVisible();
            ConsoleShots.both(page, "tkb-sua");

            // The maths teacher put where he already teaches 6A2: refused on its cell, nothing stored, nobody told.
            page.getByLabel("Thứ Năm, sáng, tiết 1: môn").fill("Toán");
            page.getByLabel("Thứ Năm, sáng, tiết 1: giáo viên").fill("Bùi Văn Toán");
            save(page);
            Locator thursday = page.locator(".tte-cell[data-slot='4-SANG-1']");
            assertThat(thursday).hasClass(Pattern.compile("tte-bad"));
            assertThat(thursday).containsText("Bùi Văn Toán đã có tiết ở lớp 6A2 vào Thứ Năm tiết 1 (sáng).");
            assertThat(page.getByText("Có 1 lỗi; chưa có gì được lưu.")).isVisible();
            assertThat(page.getByLabel("Thứ Năm, sáng, tiết 1: môn")).isFocused();
            assertEquals(1, versions());
            ConsoleShots.both(page, "tkb-sua-loi");
            // What a principal's phone shows around the refused cell (the window, not the whole page).
            page.setViewportSize(360, 740);
            thursday.scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("console")
                    .resolve("tkb-sua-loi-cua-so-360.png")));
            page.setViewportSize(ConsoleShots.LAPTOP_W, ConsoleShots.LAPTOP_H);

            // The correction: Tuesday's maths becomes literature with the homeroom teacher, chosen by keyboard.
            page.getByLabel("Thứ Năm, sáng, tiết 1: giáo viên").fill("");
            assertThat(thursday).not().hasClass(Pattern.compile("tte-bad"));
            page.getByLabel("Thứ Năm, sáng, tiết 1: môn").fill("");
            subject.fill("Ngữ văn");
            Locator teacher = page.getByLabel("Thứ Ba, sáng, tiết 2: giáo viên");
            teacher.fill("");
            teacher.pressSequentially("ngo thi");
            assertThat(page.locator("#staff-picker-list [role=option]")).hasCount(1);
            assertThat(page.locator("#staff-picker-list [role=option]")).containsText("Ngô Thị Chủ Nhiệm");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("console")
                    .resolve("tkb-sua-chon-giao-vien-cua-so-1366.png")));
            teacher.press("ArrowDown");
            teacher.press("Enter");
            assertThat(teacher).hasValue("Ngô Thị Chủ Nhiệm");
            page.getByLabel("Thứ Ba, sáng, tiết 2: phòng").fill("");
            assertThat(page.getByText("Đã sửa 1 tiết, chưa lưu.")).isVisible();
            save(page);
            assertThat(page.getByText(Pattern.compile("^Đã lưu; đã báo \\d+ phụ huynh những tiết thay đổi:$")))
                    .isVisible();
            assertThat(page.locator(".tte-result li")).hasText(CHANGE);
            ConsoleShots.both(page, "tkb-sua-da-luu");
            page.reload();
            assertThat(page.locator("#tte-class")).hasValue(c6a1);
            assertThat(page.getByLabel("Thứ Ba, sáng, tiết 2: môn")).hasValue("Ngữ văn");
            assertEquals(List.of(), problems, "page errors");

            // Each guardian of the class: one change notice, naming the lesson.
            String told = "Thời khóa biểu lớp 6A1 thay đổi từ tuần " + monday.format(DAY) + ": " + CHANGE + ".";
            List<String> changes = changeNotices();
            assertEquals(2, changes.stream().map(c -> c.substring(0, c.indexOf(' '))).distinct().count(),
                    "both guardians of 6A1 told");
            assertEquals(2, changes.size(), "one change notice per guardian");
            changes.forEach(c -> assertEquals(told, c.substring(c.indexOf(' ') + 1)));
            assertEquals(2, versions(), "last week's version kept; this week's stored");

            Page mother = phone.newPage();
            WebSignIn.byCode(mother, codes, motherOfAn());
            mother.navigate("/#/hop-thu");
            assertThat(mother.locator(".inbox-list li").filter(new Locator.FilterOptions()
                    .setHasText("Thời khóa biểu lớp 6A1 thay đổi"))).hasCount(1);
            Browsers.screenshot(mother, "console", "tkb-sua-phu-huynh-360");
        }
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
    }

    private long versions() {
        return schools.count("SELECT count(*) FROM timetable_version WHERE class_id = $1", s.class6a1());
    }

    /** "owner body" of each timetable change notice about 6A1. */
    private List<String> changeNotices() {
        List<String> found = new ArrayList<>();
        pool.preparedQuery("SELECT c.inbox_owner || ' ' || e.body FROM chat_event e "
                        + "JOIN conversation c ON c.id = e.conversation_id WHERE c.kind = 'INBOX' "
                        + "AND e.data->>'topic' = 'timetable' AND e.data->>'classId' = $1 AND e.body LIKE '%thay đổi%'")
                .execute(Tuple.of(String.valueOf(s.class6a1()))).await().atMost(TIMEOUT)
                .forEach(row -> found.add(row.getString(0)));
        return found;
    }

    private String motherOfAn() {
        return pool.preparedQuery("SELECT g.phone FROM guardian g JOIN student_guardian sg ON sg.guardian_id = g.id "
                        + "JOIN enrollment e ON e.student_id = sg.student_id AND e.active "
                        + "WHERE e.class_id = $1 AND g.full_name = 'Lê Thị Mai'")
                .execute(Tuple.of(s.class6a1())).await().atMost(TIMEOUT).iterator().next().getString(0);
    }
}

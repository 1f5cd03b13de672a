package vn.lienlac.web.teacher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.teacher.TeacherScene.Scene;

/**
 * A teacher's day in a real Chromium: sign in by one-time code, take attendance, enter a grade grid (the server
 * judges each score, its message shows beside the student), post an activity with a photo.
 */
@QuarkusTest
class TeacherJourneyTest extends BrowserJourney {

    private static final String ADMIN = "test-admin-token";
    private static final String GROUP = "teacher";

    @Inject
    TeacherScene scenes;

    private final WebCodes codes = new WebCodes();
    private Scene s;



    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        s = scenes.create();
    }

    @Test
    void teacherTakesAttendanceAndTheAbsentChildsParentSeesItLive() {
        Page parent = null;
        BrowserContext parentPhone = null;
        // The parent's half needs the family inbox (branch web-inbox); it runs once that screen is in the app.
        boolean inbox = Files.exists(Paths.get("src/main/web/app/inbox/inbox.js"));
        if (inbox) {
            // The family already has a notice (the inbox screen follows live events of an inbox it knows; a parent
            // whose inbox does not exist yet sees the first notice on the next refresh, not live: see the report).
            given().auth().oauth2(ADMIN).contentType("application/json")
                    .body(Map.of("records", List.of(Map.of("sourceId", "tx-" + s.an(), "studentCode", s.an(),
                            "subject", "Toán", "schoolYear", schoolYear(), "term", "HK1", "kind", "THUONG_XUYEN",
                            "score", 9))))
                    .post("/api/v1/notices/schools/{school}/grades", s.school())
                    .then().statusCode(200).body("counts.accepted", org.hamcrest.Matchers.equalTo(1));
            parentPhone = browsers.phone();
            parent = signIn(parentPhone, s.anMotherPhone());
            parent.navigate("/#/hop-thu");
        }
        try (BrowserContext phone = browsers.phone()) {
            Page page = signIn(phone, s.teacherPhone());
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lớp 6A1")).waitFor();
            Browsers.screenshot(page, GROUP, "lop-cua-toi");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Điểm danh").setExact(true)).click();
            Locator an = page.getByLabel("Tình trạng của Nguyễn Văn An");
            an.waitFor();
            // An: chosen from the list; Bình: three taps on the name (present → with → without permission → late).
            an.selectOption("KHONG_PHEP");
            Locator binh = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trần Thị Bình"));
            binh.click();
            binh.click();
            binh.click();
            assertThat(page.getByLabel("Tình trạng của Trần Thị Bình")).hasValue("DI_MUON");
            page.getByLabel("Ghi chú cho Trần Thị Bình").fill("Xe buýt đến muộn");
            assertThat(page.getByText("Vắng: 1 · Đi muộn: 1")).isVisible();
            Browsers.screenshot(page, GROUP, "diem-danh");
            if (inbox) {
                assertThat(parent.getByText("Con Nguyễn Văn An (lớp 6A1) vắng mặt")).hasCount(0);
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
            assertThat(page.getByText("Đã gửi 2 · Đính chính 0 · Không đổi 0 · Rút lại 0 · Bị từ chối 0"))
                    .isVisible();
            Browsers.screenshot(page, GROUP, "diem-danh-da-gui");

            JsonPath day = given().auth().oauth2(ADMIN)
                    .get("/api/v1/notices/schools/{school}/classes/{id}/attendance", s.school(), s.classId())
                    .then().statusCode(200).extract().jsonPath();
            Map<String, String> statuses = new java.util.HashMap<>();
            List<Map<String, Object>> records = day.getList("records");
            records.forEach(r -> statuses.put((String) r.get("studentCode"), (String) r.get("status")));
            assertEquals(Map.of(s.an(), "KHONG_PHEP", s.binh(), "DI_MUON"), statuses);
            assertEquals("Xe buýt đến muộn", records.stream().filter(r -> s.binh().equals(r.get("studentCode")))
                    .findFirst().orElseThrow().get("note"));

            // Sending again without a change sends nothing; Bình set back to present is withdrawn.
            page.getByLabel("Tình trạng của Trần Thị Bình").selectOption("PRESENT");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
            assertThat(page.getByText("Đã gửi 0 · Đính chính 0 · Không đổi 0 · Rút lại 1 · Bị từ chối 0"))
                    .isVisible();

            if (inbox) {
                // Delivered live: the parent's open inbox shows it without a reload.
                try {
                    assertThat(parent.getByText("Con Nguyễn Văn An (lớp 6A1) vắng mặt").first()).isVisible();
                } catch (AssertionError e) {
                    Browsers.screenshot(parent, GROUP, "phu-huynh-loi");
                    throw e;
                }
                Browsers.screenshot(parent, GROUP, "phu-huynh-hop-thu");
            }
        } finally {
            if (parentPhone != null) {
                parentPhone.close();
            }
        }
    }

    @Test
    void gradeGridRejectsAnInvalidScoreWithTheServersMessageAndSendsTheValidOnes() {
        try (BrowserContext phone = browsers.phone()) {
            Page page = signIn(phone, s.teacherPhone());
            page.navigate("/#/lop/" + s.classId() + "/nhap-diem");
            Locator an = page.getByLabel("Điểm của Nguyễn Văn An");
            an.fill("11");
            an.press("Enter");
            // Enter moves on to the next student's score (or to "Gửi" after the last one).
            assertEquals(Boolean.TRUE, page.evaluate("() => { const all = [...document.querySelectorAll('input.score')];"
                    + " const i = all.findIndex(e => e.getAttribute('aria-label') === 'Điểm của Nguyễn Văn An');"
                    + " return (all[i + 1] || document.querySelector('button.big')) === document.activeElement; }"));
            // The local check shows the rule at once; the server still judges on sending.
            assertThat(page.getByText("Điểm 11 nằm ngoài thang điểm 0–10.")).isVisible();
            page.getByLabel("Điểm của Trần Thị Bình").fill("8,5");
            page.getByLabel("Điểm của Đặng Thu Chi").fill("7");
            page.getByLabel("Điểm của Hồ Minh Dũng").fill("8,25");
            page.getByLabel("Nhận xét cho Đặng Thu Chi").fill("Tiến bộ");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();

            Locator anRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Nguyễn Văn An"));
            Locator dungRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Hồ Minh Dũng"));
            assertThat(anRow.getByText("Bị từ chối")).isVisible();
            assertThat(anRow.getByText("Điểm 11 nằm ngoài thang điểm 0–10.")).isVisible();
            assertThat(dungRow.getByText("Bị từ chối")).isVisible();
            assertThat(dungRow.getByText("có nhiều hơn một chữ số thập phân")).isVisible();
            assertThat(page.getByText("Đã gửi 2 · Đính chính 0 · Không đổi 0 · Rút lại 0 · Bị từ chối 2")).isVisible();
            assertThat(anRow.getByRole(AriaRole.TEXTBOX).first()).hasValue("11");
            Browsers.screenshot(page, GROUP, "nhap-diem-360");
            assertEquals(Map.of(s.binh(), "8.5", s.chi(), "7.0"), storedScores());

            // A changed grade resent is a correction.
            Browsers.screenshot(page, GROUP, "nhap-diem-truoc-dinh-chinh");
            page.getByLabel("Điểm của Đặng Thu Chi").fill("7.5");
            page.getByLabel("Điểm của Nguyễn Văn An").fill("10");
            page.getByLabel("Điểm của Hồ Minh Dũng").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
            try {
                assertThat(page.getByText("Đã gửi 1 · Đính chính 1 · Không đổi 0 · Rút lại 0 · Bị từ chối 0"))
                        .isVisible();
            } catch (AssertionError e) {
                Browsers.screenshot(page, GROUP, "nhap-diem-loi");
                throw e;
            }
            Locator chiRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Đặng Thu Chi"));
            assertThat(chiRow.getByText("Đính chính")).isVisible();
            assertEquals(Map.of(s.an(), "10.0", s.binh(), "8.5", s.chi(), "7.5"), storedScores());
            Browsers.screenshot(page, GROUP, "nhap-diem-dinh-chinh-360");

            // The same grid on a laptop's screen (one sign-in: a second code for the number would wait 60 s).
            page.setViewportSize(1280, 800);
            page.reload();
            assertThat(page.getByLabel("Điểm của Đặng Thu Chi")).hasValue("7,5");
            Browsers.screenshot(page, GROUP, "nhap-diem-1280");
        }
    }

    @Test
    void rosterShowsWhoHasActivatedAndOpensAChatWithAParent() {
        try (BrowserContext phone = browsers.phone()) {
            Page page = signIn(phone, s.teacherPhone());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Danh sách lớp")).click();
            assertThat(page.getByText("0/4 gia đình đã kích hoạt ứng dụng")).isVisible();
            Locator mother = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                    .setHasText("Lê Thị Mai"));
            assertThat(mother.getByText("Chưa kích hoạt")).isVisible();
            assertThat(mother.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("Gọi điện cho Lê Thị Mai"))).hasAttribute("href",
                    "tel:" + PeopleFixtures.local(s.anMotherPhone()).replace(" ", ""));
            Browsers.screenshot(page, GROUP, "danh-sach-lop");
            mother.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nhắn tin cho Lê Thị Mai"))
                    .click();
            page.waitForURL(java.util.regex.Pattern.compile(".*#/tro-chuyen/\\d+$"));

            // Office hours: Monday to Thursday, 07:00–16:30, as the server stores them.
            page.navigate("/#/gio-lam-viec");
            assertThat(page.getByText("Chưa đặt giờ làm việc")).isVisible();
            page.getByLabel("Thứ Sáu").uncheck();
            page.getByLabel("Từ", new Page.GetByLabelOptions().setExact(true)).fill("07:00");
            page.getByLabel("Đến", new Page.GetByLabelOptions().setExact(true)).fill("16:30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
            assertThat(page.getByText("Hiện tại: Thứ Hai, Thứ Ba, Thứ Tư, Thứ Năm, 07:00–16:30.")).isVisible();
            Browsers.screenshot(page, GROUP, "gio-lam-viec");
        }
    }

    @Test
    void postingAnActivityWithAPhoto() throws IOException {
        Path photo = Files.createTempFile("bua-trua", ".jpg");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x80);
            }
        }
        ImageIO.write(image, "jpg", photo.toFile());
        try (BrowserContext phone = browsers.phone()) {
            Page page = signIn(phone, s.teacherPhone());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng hoạt động")).click();
            page.getByLabel("Loại bài đăng").selectOption("THUC_DON");
            page.getByLabel("Tiêu đề").fill("Thực đơn bán trú");
            page.getByLabel("Nội dung").fill("Trưa: cơm, cá kho, canh rau ngót");
            page.getByLabel("Chọn ảnh từ máy").setInputFiles(photo);
            assertThat(page.getByAltText("Ảnh 1")).isVisible();
            assertThat(page.getByText("Đang tải ảnh lên…")).hasCount(0);
            Browsers.screenshot(page, GROUP, "hoat-dong");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng").setExact(true)).click();
            assertThat(page.getByText("Đã đăng cho phụ huynh của lớp.").first()).isVisible();
            Browsers.screenshot(page, GROUP, "hoat-dong-da-dang");
        } finally {
            Files.deleteIfExists(photo);
        }
        JsonPath posts = given().auth().oauth2(ADMIN)
                .get("/api/v1/notices/students/{code}/activities", s.an()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Thực đơn bán trú", posts.getString("[0].record.title"));
        assertEquals(1, posts.getList("[0].record.photos").size());
    }

    private static String schoolYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /** The stored mid-term maths scores of the class, by student. */
    private Map<String, String> storedScores() {
        JsonPath sheet = given().auth().oauth2(ADMIN)
                .get("/api/v1/notices/schools/{school}/classes/{id}/grades?subject=TOAN&term={term}&kind=GIUA_KY",
                        s.school(), s.classId(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getMonthValue() >= 8
                                ? "HK1" : "HK2")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> records = sheet.getList("records");
        return records.stream().collect(Collectors.toMap(r -> (String) r.get("studentCode"),
                r -> new java.math.BigDecimal(String.valueOf(r.get("score"))).setScale(1).toPlainString()));
    }

    /** Signs in by phone and one-time code, as the phone's owner would. */
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

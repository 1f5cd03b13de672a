package vn.lienlac.web.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.rest.ChatPeople;
import vn.lienlac.chat.rest.ChatPeople.Member;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.console.SchoolConsoleScene.Scene;

/**
 * A principal's console in a real Chromium, on a laptop (1366×768), each screen also shot at 360×740: the import of
 * the sector database export (an error on its row and column, the fixed file previewed, applied, in the log), the
 * portal's API keys, staff and classes, chat settings and a reported message (docs/web-console.md#school).
 */
@QuarkusTest
class SchoolConsoleJourneyTest extends BrowserJourney {

    private static final String ADMIN = "test-admin-token";
    private static final String GROUP = "console";
    private static final String[] HEADER = {"Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Lớp", "Họ tên cha",
        "SĐT cha"};

    @Inject
    SchoolConsoleScene scenes;

    @Inject
    ChatPeople chat;

    @Inject
    TestSchools schools;

    @Inject
    Pool pool;

    private final WebCodes codes = new WebCodes();
    private Scene s;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        s = scenes.create();
    }

    @Test
    void principalSeesAnImportErrorOnItsRowAndColumnFixesTheFilePreviewsAndApplies() throws IOException {
        String khoa = PeopleFixtures.code("HS");
        String ngoc = PeopleFixtures.code("HS");
        String hung = PeopleFixtures.local(PeopleFixtures.phone());
        String tuan = PeopleFixtures.local(PeopleFixtures.phone());
        List<String[]> rows = List.of(
                new String[] {khoa, "Lê Minh Khoa", "12/03/2014", "Nam", "6A1", "Lê Văn Hùng", hung},
                new String[] {ngoc, "Trần Thị Bích Ngọc", "01/02/2014", "Nữ", "6A2", "Trần Quốc Tuấn", "0912 34"},
                new String[] {s.an(), "Nguyễn Văn An", "05/09/2014", "Nam", "6A2", "", ""});
        Path dir = Files.createTempDirectory("console-import");
        Path broken = xlsx(dir.resolve("hoc-sinh.xlsx"), rows);

        try (BrowserContext laptop = browsers.context(1366, 768, false)) {
            Page page = signIn(laptop, s.principalPhone());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    Pattern.compile("^Nhập dữ liệu từ CSDL ngành"))).click();
            page.getByLabel("Tệp dữ liệu (.xlsx, .csv)").waitFor();
            shots(page, "nhap-du-lieu");

            page.getByLabel("Tệp dữ liệu (.xlsx, .csv)").setInputFiles(broken);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
            // The error sits on row 3 (the header is row 1), column "SĐT cha", quoting the value.
            var cell = page.locator("td.cell-error[data-row='3'][data-column='SĐT cha']");
            assertThat(cell).containsText("0912 34");
            assertThat(page.locator(".error-grid tbody tr")).hasCount(1);
            assertThat(page.locator("li[data-count='invalid'] b")).hasText("1");
            assertThat(page.getByText("Tệp còn lỗi nên chưa thể cập nhật.", new Page.GetByTextOptions()))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cập nhật"))).hasCount(0);
            shots(page, "xem-truoc-co-loi");
            // "Bỏ qua các dòng lỗi": the same file could be applied without its bad row, with that said first.
            page.getByLabel("Bỏ qua các dòng lỗi").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
            assertThat(page.locator("#skip-warning"))
                    .hasText("Chú ý: 1 dòng có lỗi sẽ bị bỏ qua, không được cập nhật.");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cập nhật"))).hasCount(1);
            shots(page, "xem-truoc-bo-qua-dong-loi");
            page.getByLabel("Bỏ qua các dòng lỗi").uncheck();

            // The principal fixes the phone in the file and chooses it again.
            Path fixed = xlsx(dir.resolve("hoc-sinh-da-sua.xlsx"), List.of(rows.get(0),
                    new String[] {ngoc, "Trần Thị Bích Ngọc", "01/02/2014", "Nữ", "6A2", "Trần Quốc Tuấn", tuan},
                    rows.get(2)));
            page.getByLabel("Tệp dữ liệu (.xlsx, .csv)").setInputFiles(fixed);
            assertThat(page.locator(".error-grid")).hasCount(0);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
            assertThat(page.locator("li[data-count='created'] b")).hasText("2");
            assertThat(page.locator("li[data-count='updated'] b")).hasText("1");
            assertThat(page.locator("li[data-count='moved'] b")).hasText("1");
            assertThat(page.locator("li[data-count='invalid'] b")).hasText("0");
            assertThat(page.locator("table.changes tr", new Page.LocatorOptions().setHasText(s.an())))
                    .containsText("Chuyển lớp");
            shots(page, "xem-truoc-hop-le");
            // Nothing is written by a preview.
            assertEquals(0, schools.count("SELECT count(*) FROM student WHERE student_code IN ($1, $2)", khoa, ngoc));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cập nhật")).click();
            assertThat(page.getByText("Đã cập nhật: thêm 2, thay đổi 1, ngừng hoạt động 0.")).isVisible();
            shots(page, "da-cap-nhat");

            JsonPath a2 = given().auth().oauth2(ADMIN)
                    .get("/api/v1/directory/schools/{school}/students?className=6A2", s.school())
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bích Ngọc"),
                    a2.getList("items.fullName", String.class).stream().sorted().toList());

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem nhật ký nhập dữ liệu")).click();
            var entry = page.locator("table.import-log tbody tr");
            assertThat(entry).hasCount(1);
            assertThat(entry).containsText("hoc-sinh-da-sua.xlsx");
            assertThat(entry).containsText("Đã cập nhật");
            assertThat(entry).containsText("2 / 1 / 0");
            assertThat(entry).containsText("Đỗ Thị Hương");
            shots(page, "nhat-ky-nhap");
        }
    }

    @Test
    void principalImportsStaffFromACsvAndFindsThemInTheStaffList() throws IOException {
        String code = PeopleFixtures.code("CB");
        Path csv = Files.createTempDirectory("console-import").resolve("can-bo.csv");
        Files.writeString(csv, "Mã cán bộ,Họ và tên,Ngày sinh,Chức vụ,SĐT\n"
                + code + ",Vũ Thị Lan Anh,21/06/1990,Nhân viên y tế," + PeopleFixtures.local(PeopleFixtures.phone())
                + "\n");
        try (BrowserContext laptop = browsers.context(1366, 768, false)) {
            Page page = signIn(laptop, s.principalPhone());
            page.navigate("/#/quan-tri/truong/" + s.school() + "/nhap-du-lieu");
            page.getByLabel("Cán bộ, giáo viên").check();
            page.getByLabel("Tệp dữ liệu (.xlsx, .csv)").setInputFiles(csv);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
            assertThat(page.locator("li[data-count='created'] b")).hasText("1");
            assertThat(page.locator("table.changes")).containsText("Nhân viên y tế");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cập nhật")).click();
            assertThat(page.getByText("Đã cập nhật: thêm 1, thay đổi 0, ngừng hoạt động 0.")).isVisible();

            page.navigate("/#/quan-tri/truong/" + s.school() + "/can-bo");
            assertThat(page.locator("table.staff-list tbody tr", new Page.LocatorOptions().setHasText(code)))
                    .containsText("Vũ Thị Lan Anh");
        }
    }

    @Test
    void principalCreatesAPortalKeySeenOnceAndRevokesIt() {
        try (BrowserContext laptop = browsers.context(1366, 768, false)) {
            Page page = signIn(laptop, s.principalPhone());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    Pattern.compile("^Khóa API cho cổng thông tin"))).click();
            assertThat(page.getByText("Trường chưa có khóa API nào.")).isVisible();
            page.getByLabel("Tên phần mềm dùng khóa").fill("Phần mềm quản lý trường");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo khóa")).click();
            String key = page.locator("#new-key").textContent();
            assertTrue(key.startsWith("llk_"), key);
            assertThat(page.locator("table.api-keys tbody tr")).hasCount(1);
            assertThat(page.locator("table.api-keys tbody tr")).containsText("Đang dùng");
            shots(page, "khoa-api-moi");

            // The key is the portal's: it reads its school's adoption figures.
            given().auth().oauth2(key).get("/api/v1/adoption/schools/{school}", s.school()).then().statusCode(200);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Thu hồi khóa Phần mềm quản lý trường")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Xác nhận thu hồi khóa Phần mềm quản lý trường")).click();
            assertThat(page.locator("table.api-keys tbody tr")).containsText("Đã thu hồi");
            // Leaving the screen and coming back: the secret is not shown again.
            page.reload();
            assertThat(page.locator("table.api-keys tbody tr")).containsText("Đã thu hồi");
            assertThat(page.locator("#new-key")).hasCount(0);
            shots(page, "khoa-api-da-thu-hoi");

            List<Map<String, Object>> keys = given().auth().oauth2(ADMIN)
                    .get("/api/v1/api-keys?schoolCode={school}", s.school())
                    .then().statusCode(200).extract().jsonPath().getList("$");
            assertEquals(1, keys.size());
            assertNotNull(keys.get(0).get("revokedAt"));
            given().auth().oauth2(key).get("/api/v1/adoption/schools/{school}", s.school()).then().statusCode(401);
        }
    }

    @Test
    void principalTurnsOnParentsGroupsAndHidesAReportedMessage() {
        Member homeroom = chat.staff(s.school(), "TEACHER");
        long classId = chat.schoolClass(s.school(), homeroom);
        Member parent = chat.guardian(s.school(), classId);
        Member other = chat.guardian(s.school(), classId);
        long group = chat.classGroup(s.school(), classId, homeroom, parent, other);
        long seq = chat.message(group, parent, "Lời lẽ không hay trong nhóm lớp.");
        given().auth().oauth2(other.token()).contentType("application/json")
                .body(Map.of("conversationId", group, "seq", seq, "reason", "Xúc phạm phụ huynh khác."))
                .post("/api/v1/chat/reports").then().statusCode(201);

        try (BrowserContext laptop = browsers.context(1366, 768, false)) {
            Page page = signIn(laptop, s.principalPhone());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    Pattern.compile("^Trò chuyện và kiểm duyệt"))).click();
            var report = page.locator("li.report");
            assertThat(report).hasCount(1);
            assertThat(report).containsText("Lời lẽ không hay trong nhóm lớp.");
            assertThat(report).containsText("Xúc phạm phụ huynh khác.");
            shots(page, "tro-chuyen-bao-cao");

            page.getByLabel(Pattern.compile("^Nhóm phụ huynh của từng lớp")).check();
            assertThat(page.getByText("Đã bật nhóm phụ huynh.")).isVisible();
            given().auth().oauth2(ADMIN).get("/api/v1/chat/schools/{school}/settings", s.school())
                    .then().statusCode(200).body("parentsGroups", org.hamcrest.Matchers.equalTo(true));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Ẩn tin nhắn của ")))
                    .click();
            assertThat(page.getByText("Không có báo cáo nào.")).isVisible();
            assertEquals(1, schools.count("SELECT count(*) FROM chat_report WHERE conversation_id = $1 "
                    + "AND status = 'HIDDEN'", group));

            page.getByLabel("Hiển thị").selectOption("HIDDEN");
            assertThat(page.locator("li.report")).containsText("Đã ẩn khỏi cuộc trò chuyện");
            shots(page, "tro-chuyen-da-an");
        }
    }

    @Test
    void principalReadsTheStaffAndClassListsAsTheDirectoryHasThem() {
        // The staff file gave the principal's "Giới tính" (docs/import.md), not the teacher's.
        pool.preparedQuery("UPDATE staff SET gender = 'FEMALE' WHERE phone = $1")
                .execute(Tuple.of(s.principalPhone())).await().indefinitely();
        try (BrowserContext laptop = browsers.context(1366, 768, false)) {
            Page page = signIn(laptop, s.principalPhone());
            // A principal who teaches no class starts in the console; its tab is in the navigation.
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(s.schoolName()).setExact(true))
                    .waitFor();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản trị")))
                    .hasAttribute("aria-current", "page");
            shots(page, "quan-tri");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    Pattern.compile("^Cán bộ, giáo viên"))).click();
            var staff = page.locator("table.staff-list tbody tr");
            assertThat(staff).hasCount(2);
            assertThat(staff.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Đỗ Thị Hương")))
                    .containsText("Hiệu trưởng");
            assertThat(staff.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Đỗ Thị Hương"))
                    .locator("td").nth(3)).hasText("Nữ");
            assertThat(staff.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Phạm Minh Đức"))
                    .locator("td").nth(3)).hasText("");
            assertThat(staff.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Phạm Minh Đức")))
                    .containsText("6A1");
            shots(page, "can-bo");

            page.goBack();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Lớp học"))).click();
            var classes = page.locator("table.class-list tbody tr");
            assertThat(classes).hasCount(2);
            List<Map<String, Object>> rest = given().auth().oauth2(ADMIN)
                    .get("/api/v1/directory/schools/{school}/classes", s.school())
                    .then().statusCode(200).extract().jsonPath().getList("$");
            assertEquals(2, rest.size());
            assertThat(classes.nth(0)).containsText("6A1");
            assertThat(classes.nth(0)).containsText("1");
            assertThat(classes.nth(0)).containsText("Phạm Minh Đức");
            assertThat(classes.nth(1)).containsText("6A2");
            assertThat(classes.nth(1)).containsText("Chưa có");
            shots(page, "lop-hoc");
        }
    }

    @Test
    void aTeacherHasNoConsoleAndIsToldSoAtItsAddress() {
        try (BrowserContext phone = browsers.phone()) {
            Page page = signIn(phone, s.teacherPhone());
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lớp 6A1")).waitFor();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản trị"))).hasCount(0);
            page.navigate("/#/quan-tri/truong/" + s.school() + "/khoa-api");
            assertThat(page.getByText("Bạn không có quyền quản trị trường này.")).isVisible();
            Browsers.screenshot(page, GROUP, "giao-vien-khong-co-quyen-360x740");
        }
    }

    private Page signIn(BrowserContext context, String phone) {
        Page page = context.newPage();
        WebSignIn.byCode(page, codes, phone);
        return page;
    }

    /**
     * The screen as it is now, at 1366×768 and at 360×740 (then back to the laptop's window); at both sizes the page
     * itself must not scroll sideways (a wide table scrolls inside its own box).
     */
    private static void shots(Page page, String name) {
        assertNoSidewaysScroll(page, name + " at 1366×768");
        Browsers.screenshot(page, GROUP, name + "-1366x768");
        page.setViewportSize(360, 740);
        assertNoSidewaysScroll(page, name + " at 360×740");
        Browsers.screenshot(page, GROUP, name + "-360x740");
        page.setViewportSize(1366, 768);
    }

    private static void assertNoSidewaysScroll(Page page, String where) {
        Object widths = page.evaluate("() => `${document.documentElement.scrollWidth} in `"
                + " + `${document.documentElement.clientWidth}`");
        String[] w = widths.toString().split(" in ");
        assertTrue(Integer.parseInt(w[0]) <= Integer.parseInt(w[1]) + 1, where + ": page is " + widths + " px wide");
    }

    private static Path xlsx(Path file, List<String[]> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Học sinh");
            write(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            book.write(out);
        }
        return file;
    }

    private static void write(Row row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}

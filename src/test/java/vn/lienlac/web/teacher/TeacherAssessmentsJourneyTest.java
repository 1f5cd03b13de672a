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
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Clock;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.WebCodes;
import vn.lienlac.web.WebSignIn;
import vn.lienlac.web.teacher.TeacherScene.Scene;

/**
 * In a real Chromium: the homeroom teacher of a lower-secondary class enters the term's conduct and learning results
 * (Thông tư 22/2021) for two students and sends them in one batch; reopened, the screen shows them filled in, sent on
 * which day and with the text the family read; one result changed is sent alone, as one correction to that family
 * (the other is unchanged, its family not notified again); the parent reads it under "Đánh giá" in the contact book. Screens at 360×740 and
 * 1366×768 under target/screenshots/assessments/.
 */
@QuarkusTest
class TeacherAssessmentsJourneyTest extends BrowserJourney {

    private static final String GROUP = "assessments";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    TeacherScene scenes;

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    Clock clock;

    private final WebCodes codes = new WebCodes();
    private Scene s;

    @BeforeEach
    void scene() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        s = scenes.create();
    }

    @Test
    void homeroomTeacherSendsConductAndLearningAndTheParentSeesThem() {
        try (BrowserContext phone = browsers.phone()) {
            Page teacher = signIn(phone, s.teacherPhone());
            teacher.navigate("/#/lop");
            teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá").setExact(true)).click();
            assertThat(teacher.locator(".as-row")).hasCount(4);
            pick(teacher, "Rèn luyện", "Nguyễn Văn An", "Tốt");
            pick(teacher, "Học tập", "Nguyễn Văn An", "Khá");
            pick(teacher, "Rèn luyện", "Trần Thị Bình", "Khá");
            pick(teacher, "Học tập", "Trần Thị Bình", "Đạt");
            Browsers.screenshot(teacher, GROUP, "giao-vien-nhap-360");
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
            assertThat(teacher.locator(".result")).hasText("Đã gửi 2 · Đính chính 0 · Không đổi 0 · Rút lại 0 · Bị từ chối 0");
            assertThat(row(teacher, s.an()).locator(".tag")).hasText("Đã gửi");
            assertThat(row(teacher, s.binh()).locator(".tag")).hasText("Đã gửi");
            assertThat(row(teacher, s.chi()).locator(".tag")).hasCount(0);

            // Reopened, the screen shows what was sent and when; a change to An alone is sent, as a correction.
            teacher.navigate("/#/lop");
            teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá").setExact(true)).click();
            assertThat(level(teacher, "Rèn luyện", "Nguyễn Văn An", "Tốt")).isChecked();
            assertThat(level(teacher, "Học tập", "Nguyễn Văn An", "Khá")).isChecked();
            assertThat(level(teacher, "Học tập", "Trần Thị Bình", "Đạt")).isChecked();
            assertThat(level(teacher, "Học tập", "Đặng Thu Chi", "Đạt")).not().isChecked();
            String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(VIETNAM));
            assertThat(row(teacher, s.an()).locator(".as-sent summary")).hasText("Đã gửi ngày " + today);
            assertThat(row(teacher, s.binh()).locator(".as-sent summary")).hasText("Đã gửi ngày " + today);
            assertThat(row(teacher, s.chi()).locator(".as-sent summary")).hasCount(0);
            assertThat(teacher.locator(".as-row .tag")).hasCount(0);
            row(teacher, s.an()).locator(".as-sent summary").click();
            assertThat(row(teacher, s.an()).locator(".as-text")).hasText("Con Nguyễn Văn An (lớp 6A1) – kết quả học kỳ "
                    + term() + ": rèn luyện Tốt, học tập Khá.");
            Browsers.screenshot(teacher, GROUP, "giao-vien-mo-lai-360");
            teacher.setViewportSize(1366, 768);
            Browsers.screenshot(teacher, GROUP, "giao-vien-mo-lai-1366");
            teacher.setViewportSize(360, 740);

            pick(teacher, "Học tập", "Nguyễn Văn An", "Tốt");
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
            assertThat(teacher.locator(".result")).hasText("Đã gửi 0 · Đính chính 1 · Không đổi 1 · Rút lại 0 · Bị từ chối 0");
            assertThat(row(teacher, s.an()).locator(".tag")).hasText("Đính chính");
            assertThat(row(teacher, s.binh()).locator(".tag")).hasText("Không đổi");
            assertThat(row(teacher, s.an()).locator(".as-sent summary"))
                    .hasText("Đã gửi ngày " + today + " · đính chính ngày " + today);
            assertEquals(1, corrections(s.an()), "An's mother gets one correction");
            assertEquals(0, corrections(s.binh()), "Bình's father is not notified again");
            Browsers.screenshot(teacher, GROUP, "giao-vien-da-gui-360");
            teacher.setViewportSize(1366, 768);
            Browsers.screenshot(teacher, GROUP, "giao-vien-da-gui-1366");
            teacher.setViewportSize(360, 740);

            try (BrowserContext parentPhone = browsers.phone()) {
                Page parent = signIn(parentPhone, s.anMotherPhone());
                parent.navigate("/#/hop-thu");
                parent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá").setExact(true)).click();
                Locator card = parent.locator(".entry-card");
                assertThat(card).hasCount(1);
                assertThat(card.locator(".levels dt")).hasText(new String[] {"Rèn luyện", "Học tập"});
                assertThat(card.locator(".levels dd")).hasText(new String[] {"Tốt", "Tốt"});
                Browsers.screenshot(parent, GROUP, "phu-huynh-so-lien-lac-360");
                parent.setViewportSize(1366, 768);
                parent.reload();
                assertThat(parent.locator(".entry-card")).hasCount(1);
                Browsers.screenshot(parent, GROUP, "phu-huynh-so-lien-lac-1366");

                // Sent to the wrong child: the teacher withdraws An's result after a second tap; the family's
                // contact book no longer lists it.
                teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Thu hồi đánh giá của Nguyễn Văn An")).click();
                Browsers.screenshot(teacher, GROUP, "giao-vien-thu-hoi-xac-nhan-360");
                teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Xác nhận thu hồi đánh giá của Nguyễn Văn An")).click();
                assertThat(row(teacher, s.an()).locator(".tag")).hasText("Đã thu hồi");
                assertThat(row(teacher, s.an()).locator(".as-sent summary")).hasCount(0);
                assertThat(level(teacher, "Học tập", "Nguyễn Văn An", "Tốt")).not().isChecked();
                assertThat(row(teacher, s.binh()).locator(".as-sent summary")).hasCount(1);
                Browsers.screenshot(teacher, GROUP, "giao-vien-da-thu-hoi-360");
                teacher.setViewportSize(1366, 768);
                row(teacher, s.binh()).locator(".as-sent summary").click();
                Browsers.screenshot(teacher, GROUP, "giao-vien-da-thu-hoi-1366");
                assertTrue(row(teacher, s.an()).boundingBox().height < row(teacher, s.binh()).boundingBox().height,
                        "Bình's opened card does not stretch An's beside it");
                parent.reload();
                assertThat(parent.getByText("Chưa có kết quả đánh giá nào trong năm học này.")).isVisible();
                assertThat(parent.locator(".entry-card")).hasCount(0);
                Browsers.screenshot(parent, GROUP, "phu-huynh-da-thu-hoi-1366");
            }
        }
    }

    /**
     * The form follows the school's level: at a primary school the qualities and competences (Thông tư 27/2020) as
     * compact selects; at a preschool a topic, a month and a level per domain. A teacher who only teaches a subject in
     * the class has no "Đánh giá" link.
     */
    @Test
    void theFormFollowsTheSchoolLevelAndOnlyTheHomeroomTeacherHasIt() {
        String primaryTeacher = classAt("TIEU_HOC", "2A1", "Phạm Gia Huy");
        String preschoolTeacher = classAt("MAM_NON", "Chồi 2", "Nguyễn Minh Khôi");
        String subjectTeacher = PeopleFixtures.phone();
        people.teach(people.staff(s.school(), PeopleFixtures.code("GV"), "Lê Văn Toán", "TEACHER", subjectTeacher, true),
                s.classId(), "Toán");
        try (BrowserContext phone = browsers.phone()) {
            Page page = signIn(phone, primaryTeacher);
            page.navigate("/#/lop");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá").setExact(true)).click();
            page.getByLabel("Thời điểm").selectOption("CUOI_KY");
            page.getByLabel("Yêu nước – Phạm Gia Huy").selectOption("TOT");
            page.getByLabel("Ngôn ngữ – Phạm Gia Huy").selectOption("CAN_CO_GANG");
            Browsers.screenshot(page, GROUP, "tieu-hoc-360");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
            assertThat(page.locator(".as-row .tag")).hasText("Đã gửi");
            page.setViewportSize(1366, 768);
            Browsers.screenshot(page, GROUP, "tieu-hoc-1366");
        }
        try (BrowserContext phone = browsers.phone()) {
            Page page = signIn(phone, preschoolTeacher);
            page.navigate("/#/lop");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá").setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
            assertThat(page.getByText("Hãy nhập chủ đề trước khi gửi.")).isVisible();
            page.getByLabel("Chủ đề").fill("Gia đình bé");
            pick(page, "Phát triển thể chất", "Nguyễn Minh Khôi", "Đạt");
            pick(page, "Phát triển ngôn ngữ", "Nguyễn Minh Khôi", "Chưa đạt");
            page.getByLabel("Nhận xét cho Nguyễn Minh Khôi").fill("Bé cần mạnh dạn hơn khi kể chuyện");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
            assertThat(page.locator(".as-row .tag")).hasText("Đã gửi");
            Browsers.screenshot(page, GROUP, "mam-non-360");
        }
        try (BrowserContext phone = browsers.phone()) {
            Page page = signIn(phone, subjectTeacher);
            page.navigate("/#/lop");
            assertThat(page.locator(".class-card")).hasCount(1);
            assertThat(page.locator(".class-card .assessments-link")).hasCount(0);
            page.navigate("/#/lop/" + s.classId() + "/danh-gia");
            assertThat(page.getByText("Chỉ giáo viên chủ nhiệm của lớp nhập đánh giá.")).isVisible();
        }
    }

    /** A school of the level with one class, its homeroom teacher and one student; answers the teacher's phone. */
    private String classAt(String level, String className, String student) {
        String school = schools.newSchool(schools.newDistrict(), level);
        String phone = PeopleFixtures.phone();
        long teacher = people.staff(school, PeopleFixtures.code("GV"), "Võ Thị Lan", "TEACHER", phone, true);
        long classId = people.schoolClass(school, SchoolYears.current(clock), className, teacher);
        people.enrolledStudent(school, classId, student);
        return phone;
    }

    /** The level's radio in the student's segmented field ("Học tập – Nguyễn Văn An", "Khá"). */
    private static Locator level(Page page, String field, String student, String level) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(field + " – " + student)
                .setExact(true)).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(level).setExact(true));
    }

    /** The correction items notifications were asked for, for the student's assessment (one per guardian told). */
    private long corrections(String studentCode) {
        return schools.count("SELECT count(*) FROM outbox_item i JOIN notice n ON i.item_ref LIKE 'notice:' || n.id "
                + "|| ':v%' WHERE n.student_code = $1 AND n.kind = 'ASSESSMENT'", studentCode);
    }

    /** "I năm học 2025-2026": the term and school year the screen opens on (as the screen reckons them). */
    private static String term() {
        LocalDate today = LocalDate.now(VIETNAM);
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return (today.getMonthValue() >= 8 ? "I" : "II") + " năm học " + start + "-" + (start + 1);
    }

    /** Taps a level in the student's segmented field ("Rèn luyện – Nguyễn Văn An"). */
    private static void pick(Page page, String field, String student, String level) {
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(field + " – " + student).setExact(true))
                .getByText(level, new Locator.GetByTextOptions().setExact(true)).click();
    }

    private static Locator row(Page page, String studentCode) {
        return page.locator(".as-row[data-student='" + studentCode + "']");
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

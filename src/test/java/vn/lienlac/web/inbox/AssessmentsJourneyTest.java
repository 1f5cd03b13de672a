package vn.lienlac.web.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.apikey.SchoolApiKeys;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.inbox.FamilyScene.Family;

/**
 * Issue 20, item 1, on a phone (360×740): the school publishes An's first-term conduct and learning result, then
 * corrects it; the mother opens "Đánh giá" in the contact book and reads the corrected levels and the teacher's
 * comment; the notice in the inbox reads "Đính chính: …".
 */
@QuarkusTest
class AssessmentsJourneyTest extends ParentJourney {

    private static final String GROUP = "assessments";

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    SchoolApiKeys keys;

    @Inject
    Clock clock;

    @Test
    void parentReadsTheChildsCorrectedTermResultInTheContactBook() {
        Family f = scenes.create();
        publish(f, "TOT", "KHA");
        publish(f, "TOT", "TOT");
        String corrected = "Đính chính: Con Nguyễn Minh An (lớp 6A1) – kết quả học kỳ I năm học " + f.schoolYear()
                + ": rèn luyện Tốt, học tập Tốt. Nhận xét của giáo viên: Chăm ngoan, tích cực phát biểu.";
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            ParentApp.signIn(page, codes, f.parentPhone());

            page.locator(".inbox-list li").filter(new Locator.FilterOptions().setHasText(corrected)).waitFor();
            Browsers.screenshot(page, GROUP, "1-hop-thu");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá").setExact(true)).click();
            Locator card = page.locator(".entry-card").filter(new Locator.FilterOptions()
                    .setHasText("Kết quả rèn luyện và học tập"));
            card.waitFor();
            String seen = card.innerText();
            assertTrue(seen.contains("Học kỳ I") && seen.contains("Rèn luyện") && seen.contains("Học tập")
                    && seen.contains("Đính chính") && !seen.contains("Khá")
                    && seen.contains("Nhận xét của giáo viên: Chăm ngoan, tích cực phát biểu."), seen);
            Browsers.screenshot(page, GROUP, "2-danh-gia");
        }
    }

    /** A primary school's child: the mid-term qualities and competences, grouped, "Cần cố gắng" standing out. */
    @Test
    void parentReadsQualitiesAndCompetencesOfAPrimaryChild() {
        String year = SchoolYears.current(clock);
        String school = schools.newSchool(schools.newDistrict(), "TIEU_HOC");
        long classId = people.schoolClass(school, year, "2A1", null);
        String child = people.enrolledStudent(school, classId, "Phạm Gia Huy");
        String phone = PeopleFixtures.phone();
        people.link(schools.count("SELECT id FROM student WHERE student_code = $1", child),
                people.guardian(phone, "Trần Thị Hạnh"), "MOTHER", true);
        String portal = keys.create(school, "Phần mềm quản lý trường", "admin").await().indefinitely().key();
        Map<String, Object> items = new LinkedHashMap<>();
        for (String quality : List.of("YEU_NUOC", "NHAN_AI", "CHAM_CHI", "TRUNG_THUC")) {
            items.put(quality, "TOT");
        }
        items.put("TRACH_NHIEM", "CAN_CO_GANG");
        items.put("TU_CHU_TU_HOC", "DAT");
        items.put("GIAO_TIEP_HOP_TAC", "TOT");
        items.put("GIAI_QUYET_VAN_DE", "DAT");
        items.put("NGON_NGU", "TOT");
        items.put("TINH_TOAN", "DAT");
        items.put("THE_CHAT", "TOT");
        given().auth().oauth2(portal).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(Map.of("sourceId", "pc-nl-gk1", "studentCode", child,
                        "type", "PHAM_CHAT_NANG_LUC", "schoolYear", year, "term", "HK1", "kind", "GIUA_KY",
                        "items", items, "comment", "Con cần nhắc nhở khi làm việc nhóm."))))
                .post("/api/v1/notices/schools/{school}/assessments", school)
                .then().statusCode(200).body("counts.accepted", equalTo(1));
        try (BrowserContext context = browsers.phone()) {
            Page page = context.newPage();
            ParentApp.signIn(page, codes, phone);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá").setExact(true)).click();
            Locator card = page.locator(".entry-card").filter(new Locator.FilterOptions()
                    .setHasText("Phẩm chất, năng lực"));
            card.waitFor();
            String seen = card.innerText();
            assertTrue(seen.contains("Giữa học kỳ I") && seen.contains("Năng lực chung")
                    && seen.contains("Năng lực đặc thù") && seen.contains("Cần cố gắng"), seen);
            Browsers.screenshot(page, GROUP, "3-pham-chat-nang-luc");
        }
    }

    private static void publish(Family f, String conduct, String learning) {
        given().auth().oauth2(f.portalA()).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(Map.of("sourceId", "kq-an-hk1", "studentCode", f.an(),
                        "type", "REN_LUYEN_HOC_TAP", "schoolYear", f.schoolYear(), "term", "HK1",
                        "conduct", conduct, "learning", learning,
                        "comment", "Chăm ngoan, tích cực phát biểu."))))
                .post("/api/v1/notices/schools/{school}/assessments", f.schoolA())
                .then().statusCode(200).body("counts.rejected", equalTo(0));
    }
}

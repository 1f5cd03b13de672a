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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

package vn.lienlac.web.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.web.Browsers;
import vn.lienlac.web.inbox.FamilyScene.Family;

/**
 * A parent of a preschool child on a phone (360×740): from the health screen to the growth chart, the child's
 * measurements over the WHO −2/0/+2 SD curves (weight, height and BMI), a text summary for screen readers, and each
 * measurement's reading; past 5 years the WHO 2007 reference with the BMI overweight line at +1 SD.
 */
@QuarkusTest
class ParentGrowthTest extends ParentJourney {

    private static final String GROUP = "growth";

    @Inject
    Pool pool;

    @Test
    void parentSeesTheChildsGrowthOverTheWhoCurves() {
        Family f = scenes.create();
        // An is a boy of 4 years 2 months today; measured a year ago, six months ago and today.
        boyBorn(f, f.today().minusYears(4).minusMonths(2));
        publish(f, List.of(
                measurement(f, "cd-1", 12, 92, 13.2),
                measurement(f, "cd-2", 6, 95.5, 14.1),
                measurement(f, "cd-3", 0, 98, 15.8)));

        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            List<String> problems = problems(page);
            openGrowthChart(page, f);
            Locator heightSummary = page.locator("#growth-summary-1");
            assertTrue(heightSummary.innerText().startsWith("Chiều cao theo tuổi: 3 lần đo. Lần gần nhất ngày "),
                    heightSummary.innerText());
            assertTrue(heightSummary.innerText().contains("lúc 4 tuổi 2 tháng, 98 cm, bình thường"),
                    heightSummary.innerText());
            assertEquals(3, page.locator(".growth-svg").first().locator("circle.child-point").count());
            // Under 5 years no +1 SD line: the BMI cut-offs there are ±2 and +3 SD.
            assertEquals(0, page.locator(".growth-svg polyline.sd1").count());
            page.getByText("Các lần cân đo").waitFor();
            assertTrue(page.getByText("Chiều cao 98 cm, cân nặng 15,8 kg, BMI 16,5").isVisible());
            Browsers.screenshot(page, GROUP, "1-bieu-do-tang-truong");
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void parentOfAFiveYearOldSeesTheBmiPanelWithTheOverweightLineOfTheWho2007Reference() {
        Family f = scenes.create();
        // An is a boy of 5 years 6 months today ("lớp lá"): measured at 4 years 6 months, 5 years and today.
        boyBorn(f, f.today().minusYears(5).minusMonths(6));
        publish(f, List.of(
                measurement(f, "cd-1", 12, 104, 16.5),
                measurement(f, "cd-2", 6, 107.5, 18.5),
                measurement(f, "cd-3", 0, 112, 22)));

        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            List<String> problems = problems(page);
            openGrowthChart(page, f);
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("BMI theo tuổi (kg/m²)")).waitFor();
            Locator bmiSummary = page.locator("#growth-summary-2");
            assertTrue(bmiSummary.innerText().startsWith("BMI theo tuổi: 3 lần đo. Lần gần nhất ngày "),
                    bmiSummary.innerText());
            // BMI 17.5 at 66 months is about +1.5 SD: overweight on the 5–19 years cut-offs.
            assertTrue(bmiSummary.innerText().contains("lúc 5 tuổi 6 tháng, 17,5 kg/m², thừa cân"),
                    bmiSummary.innerText());
            Locator bmiChart = page.locator(".growth-svg").nth(2);
            assertEquals(3, bmiChart.locator("circle.child-point").count());
            assertEquals(1, bmiChart.locator("polyline.sd1").count(), "the +1 SD line from 61 months");
            assertTrue(page.getByText("Từ 5 tuổi, với BMI: trên đường tím chấm (+1 SD) là thừa cân").isVisible());
            assertTrue(page.getByText("WHO Growth Reference 2007 (61–228 tháng)", new Page.GetByTextOptions()
                    .setExact(false)).isVisible());
            assertTrue(page.getByText("BMI theo tuổi: thừa cân").first().isVisible());
            Browsers.screenshot(page, GROUP, "2-bieu-do-bmi-5-tuoi");
            assertEquals(List.of(), problems);
        }
    }

    private void boyBorn(Family f, java.time.LocalDate born) {
        pool.preparedQuery("UPDATE student SET date_of_birth = $1, gender = 'MALE' WHERE student_code = $2")
                .execute(Tuple.of(born, f.an())).await().indefinitely();
    }

    /** Signs the parent in and goes from the health screen to the growth chart: weight, height and BMI. */
    private void openGrowthChart(Page page, Family f) {
        ParentApp.signIn(page, codes, f.parentPhone());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sức khỏe").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Biểu đồ tăng trưởng (chiều cao, cân nặng, BMI)")).click();
        Locator charts = page.getByRole(AriaRole.IMG);
        charts.first().waitFor();
        assertEquals(3, charts.count(), "weight-for-age, height-for-age and BMI-for-age");
    }

    private static Map<String, Object> measurement(Family f, String sourceId, int monthsAgo, double heightCm,
            double weightKg) {
        return Map.of("sourceId", sourceId, "studentCode", f.an(), "type", "CAN_DO",
                "date", f.today().minusMonths(monthsAgo).toString(), "heightCm", heightCm, "weightKg", weightKg);
    }

    private static void publish(Family f, List<Map<String, Object>> records) {
        given().auth().oauth2(f.portalA()).contentType(ContentType.JSON).body(Map.of("records", records))
                .post("/api/v1/notices/schools/{school}/health", f.schoolA())
                .then().statusCode(200).body("counts.rejected", equalTo(0));
    }

    private static List<String> problems(Page page) {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                problems.add(message.text());
            }
        });
        page.onPageError(problems::add);
        return problems;
    }
}

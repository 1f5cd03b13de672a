package vn.lienlac.notices.growth;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.notices.NoticesApi.get;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;

/**
 * Growth measurements (health records of type CAN_DO): the notice states where the child lies on the WHO reference
 * for their age and sex; the growth chart API returns the measurements with z-scores and the reference curves.
 */
@QuarkusTest
class GrowthApiTest {

    /** An is a boy born on 10/04/2022: 3 years 6 months (42.0 months) on 10/10/2025. */
    private static final String BORN = "2022-04-10";

    @Inject
    NoticeScene scenes;

    @Inject
    Pool pool;

    private Scene s;

    @BeforeEach
    void scene() {
        s = scenes.create();
        pool.preparedQuery("UPDATE student SET date_of_birth = $1, gender = 'MALE' WHERE student_code = $2")
                .execute(Tuple.of(java.time.LocalDate.parse(BORN), s.an())).await().indefinitely();
    }

    @Test
    void measurementWithinTheReferenceSaysEverythingIsNormalInOneSentence() {
        publish(s.nurse(), s.school(), "health", measurement("cd-1", s.an(), 100, 15.5)).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Kết quả cân đo ngày 10/10/2025 của con Nguyễn Văn An (lớp 6A1): chiều cao 100 cm, cân nặng "
                + "15,5 kg, chỉ số BMI 15,5. So với chuẩn tăng trưởng của Tổ chức Y tế Thế giới (WHO) cho trẻ trai "
                + "3 tuổi 6 tháng, cân nặng, chiều cao và BMI của con đều ở mức bình thường.", text("cd-1"));
    }

    @Test
    void aCorrectionRestatesTheReadingWithWhatDeservesAttentionFirst() {
        publish(s.nurse(), s.school(), "health", measurement("cd-1", s.an(), 100, 15.5)).then().statusCode(200);

        publish(s.nurse(), s.school(), "health", measurement("cd-1", s.an(), 90, 16)).then().statusCode(200)
                .body("records[0].outcome", equalTo("updated"));

        String text = "Kết quả cân đo ngày 10/10/2025 của con Nguyễn Văn An (lớp 6A1): chiều cao 90 cm, cân nặng "
                + "16 kg, chỉ số BMI 19,8. So với chuẩn tăng trưởng của Tổ chức Y tế Thế giới (WHO) cho trẻ trai "
                + "3 tuổi 6 tháng: con có dấu hiệu thấp còi (chiều cao theo tuổi dưới −2 SD) và thừa cân (BMI theo "
                + "tuổi trên +2 SD); cân nặng theo tuổi ở mức bình thường. Gia đình có thể trao đổi thêm với giáo "
                + "viên hoặc nhân viên y tế của trường.";
        assertEquals(text, text("cd-1"));
        get(s.mother().token(), "/students/{code}/health", s.an()).then().statusCode(200)
                .body("[0].text", equalTo(text)).body("[0].corrected", equalTo(true))
                .body("[0].record.who.heightForAge.band", equalTo("THAP_COI"))
                .body("[0].record.who.heightForAge.z", equalTo("-2.49"));
    }

    @Test
    void withoutABirthDateTheRecordIsAcceptedAndTheNoticeSaysSo() {
        pool.preparedQuery("UPDATE student SET date_of_birth = NULL WHERE student_code = $1")
                .execute(Tuple.of(s.binh())).await().indefinitely();
        publish(s.nurse(), s.school(), "health", measurement("cd-b", s.binh(), 98, 15)).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Kết quả cân đo ngày 10/10/2025 của con Trần Thị Bình (lớp 6A1): chiều cao 98 cm, cân nặng "
                + "15 kg, chỉ số BMI 15,6. Nhà trường chưa có ngày sinh hoặc giới tính của con nên chưa so sánh được "
                + "với chuẩn tăng trưởng của Tổ chức Y tế Thế giới (WHO).", text("cd-b"));
        get(s.binhsMother().token(), "/students/{code}/growth", s.binh()).then().statusCode(200)
                .body("status", equalTo("NO_BIRTH_DATA")).body("points", hasSize(1))
                .body("points[0].scores", equalTo(Map.of())).body("curves", equalTo(Map.of()));
    }

    @Test
    void pastNineteenYearsTheNoticeSaysItWasNotCompared() {
        pool.preparedQuery("UPDATE student SET date_of_birth = $1, gender = 'FEMALE' WHERE student_code = $2")
                .execute(Tuple.of(java.time.LocalDate.of(2006, 8, 1), s.binh())).await().indefinitely();

        publish(s.nurse(), s.school(), "health", measurement("cd-b", s.binh(), 158, 50)).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Kết quả cân đo ngày 10/10/2025 của con Trần Thị Bình (lớp 6A1): chiều cao 158 cm, cân nặng "
                + "50 kg, chỉ số BMI 20. Con đã 19 tuổi 2 tháng: hệ thống chỉ có chuẩn tăng trưởng của Tổ chức "
                + "Y tế Thế giới (WHO) cho trẻ từ 0 đến 19 tuổi, nên kết quả này chưa được so sánh với chuẩn.",
                text("cd-b"));
    }

    @Test
    void anElevenYearOldIsReadOnHeightAndBmiTheWhoGivesNoWeightForAgePastTenYears() {
        pool.preparedQuery("UPDATE student SET date_of_birth = $1, gender = 'FEMALE' WHERE student_code = $2")
                .execute(Tuple.of(java.time.LocalDate.of(2014, 9, 1), s.binh())).await().indefinitely();

        publish(s.nurse(), s.school(), "health", measurement("cd-b", s.binh(), 140, 33)).then().statusCode(200)
                .body("records[0].outcome", equalTo("accepted"));

        assertEquals("Kết quả cân đo ngày 10/10/2025 của con Trần Thị Bình (lớp 6A1): chiều cao 140 cm, cân nặng "
                + "33 kg, chỉ số BMI 16,8. So với chuẩn tăng trưởng của Tổ chức Y tế Thế giới (WHO) cho trẻ gái "
                + "11 tuổi 1 tháng, chiều cao và BMI của con đều ở mức bình thường.", text("cd-b"));
        get(s.binhsMother().token(), "/students/{code}/health", s.binh()).then().statusCode(200)
                .body("[0].record.who.heightForAge.z", equalTo("-0.85"))
                .body("[0].record.who.bmiForAge.z", equalTo("-0.23"))
                .body("[0].record.who.weightForAge", equalTo(null));
    }

    @Test
    void aChildOfSixtySixMonthsIsOverweightFromPlusOneSdOnTheWho2007Reference() {
        bornSixtySixMonthsBefore();

        publish(s.nurse(), s.school(), "health", List.of(measurement("cd-1", s.an(), 112, 22))).then()
                .statusCode(200).body("records[0].outcome", equalTo("accepted"));

        // BMI 17.5 is +1.54 SD at 66 months: normal under the under-5 cut-offs (+2 SD), overweight from 5 years.
        assertEquals("Kết quả cân đo ngày 10/10/2025 của con Nguyễn Văn An (lớp 6A1): chiều cao 112 cm, cân nặng "
                + "22 kg, chỉ số BMI 17,5. So với chuẩn tăng trưởng của Tổ chức Y tế Thế giới (WHO) cho trẻ trai "
                + "5 tuổi 6 tháng: con có dấu hiệu thừa cân (BMI theo tuổi trên +1 SD); cân nặng theo tuổi và chiều "
                + "cao theo tuổi ở mức bình thường. Gia đình có thể trao đổi thêm với giáo viên hoặc nhân viên y tế "
                + "của trường.", text("cd-1"));

        JsonPath growth = get(s.mother().token(), "/students/{code}/growth", s.an()).then().statusCode(200)
                .body("status", equalTo("ASSESSED"))
                .body("reference", equalTo("WHO Growth Reference 2007 (61–228 tháng)"))
                .extract().jsonPath();
        assertEquals(66.0f, growth.getFloat("points[0].ageMonths"));
        assertEquals(1.54f, growth.getFloat("points[0].scores.bmiForAge.z"));
        assertEquals("THUA_CAN", growth.getString("points[0].scores.bmiForAge.band"));
        assertEquals("thừa cân", growth.getString("points[0].scores.bmiForAge.label"));
        assertEquals(0.94f, growth.getFloat("points[0].scores.weightForAge.z"));
        assertEquals(-0.19f, growth.getFloat("points[0].scores.heightForAge.z"));
        assertEquals("bình thường", growth.getString("points[0].scores.heightForAge.label"));
        // Curves 60–72 months; at 72 months bmi-boys-z-who-2007-exp gives median 15.306, +1 SD 16.761, +2 SD 18.520,
        // and hfa-boys-z-who-2007-exp median 115.951 cm.
        assertEquals(List.of(60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72),
                growth.getList("curves.bmiForAge.months", Integer.class));
        assertEquals(15.3f, growth.getFloat("curves.bmiForAge.median[12]"));
        assertEquals(16.8f, growth.getFloat("curves.bmiForAge.plus1[12]"));
        assertEquals(18.5f, growth.getFloat("curves.bmiForAge.plus2[12]"));
        assertEquals(116.0f, growth.getFloat("curves.heightForAge.median[12]"));
        assertEquals(13, growth.getList("curves.weightForAge.months").size());
    }

    @Test
    void aNormalChildOfSixtySixMonthsHearsItInOneSentence() {
        bornSixtySixMonthsBefore();

        publish(s.nurse(), s.school(), "health", measurement("cd-1", s.an(), 115, 20)).then().statusCode(200);

        assertEquals("Kết quả cân đo ngày 10/10/2025 của con Nguyễn Văn An (lớp 6A1): chiều cao 115 cm, cân nặng "
                + "20 kg, chỉ số BMI 15,1. So với chuẩn tăng trưởng của Tổ chức Y tế Thế giới (WHO) cho trẻ trai "
                + "5 tuổi 6 tháng, cân nặng, chiều cao và BMI của con đều ở mức bình thường.", text("cd-1"));
    }

    /** An, born 10/04/2020: 5 years 6 months (2,009 days, 66.0 months) on 10/10/2025, in "lớp lá" age. */
    private void bornSixtySixMonthsBefore() {
        pool.preparedQuery("UPDATE student SET date_of_birth = $1 WHERE student_code = $2")
                .execute(Tuple.of(java.time.LocalDate.of(2020, 4, 10), s.an())).await().indefinitely();
    }

    @Test
    void theClassTeacherPublishesAMeasurementButNotACheckUpNorOverTheNursesRecord() {
        publish(s.nurse(), s.school(), "health", Map.of("sourceId", "kham-1", "studentCode", s.an(),
                "type", "KHAM_DINH_KY", "date", "2025-04-10", "heightCm", 88, "weightKg", 14.2)).then()
                .statusCode(200).body("records[0].outcome", equalTo("accepted"));

        publish(s.homeroomTeacher(), s.school(), "health", List.of(
                measurement("cd-gv", s.an(), 100, 15.5),
                Map.of("sourceId", "kham-gv", "studentCode", s.an(), "type", "KHAM_DINH_KY", "date", "2025-10-10",
                        "heightCm", 100, "weightKg", 15.5),
                measurement("kham-1", s.an(), 100, 15.5),
                measurement("cd-cuong", s.cuong(), 100, 15.5))).then().statusCode(200)
                .body("records.outcome", equalTo(List.of("accepted", "rejected", "rejected", "rejected")))
                .body("records.code", equalTo(java.util.Arrays.asList(null, "NOT_PERMITTED", "NOT_PERMITTED",
                        "NOT_PERMITTED")));
        publish(s.homeroomTeacher(), s.school(), "health", Map.of("sourceId", "kham-1", "deleted", true)).then()
                .statusCode(200).body("records[0].code", equalTo("NOT_PERMITTED"));
        publish(s.father().token(), s.school(), "health", measurement("cd-x", s.an(), 100, 15.5)).then()
                .statusCode(403);
    }

    @Test
    void growthChartGivesThePointsWithZScoresAndTheCurvesAroundThem() {
        publish(s.nurse(), s.school(), "health", List.of(measurement("cd-1", s.an(), 90, 16),
                Map.of("sourceId", "kham-1", "studentCode", s.an(), "type", "KHAM_DINH_KY", "date", "2025-04-10",
                        "heightCm", 88, "weightKg", 14.2))).then().statusCode(200);

        JsonPath growth = get(s.mother().token(), "/students/{code}/growth", s.an()).then().statusCode(200)
                .body("studentCode", equalTo(s.an())).body("sex", equalTo("MALE"))
                .body("birthDate", equalTo(BORN)).body("status", equalTo("ASSESSED"))
                .body("points.type", equalTo(List.of("KHAM_DINH_KY", "CAN_DO")))
                .body("points.date", equalTo(List.of("2025-04-10", "2025-10-10")))
                .extract().jsonPath();
        assertEquals(36.0f, growth.getFloat("points[0].ageMonths"));
        assertEquals(42.0f, growth.getFloat("points[1].ageMonths"));
        assertEquals("THAP_COI", growth.getString("points[1].scores.heightForAge.band"));
        assertEquals("thấp còi", growth.getString("points[1].scores.heightForAge.label"));
        assertEquals(-2.49f, growth.getFloat("points[1].scores.heightForAge.z"));
        assertEquals("THUA_CAN", growth.getString("points[1].scores.bmiForAge.band"));
        assertEquals("BINH_THUONG", growth.getString("points[1].scores.weightForAge.band"));
        // Curves from 6 months before the first point to 6 after the last (30–48 months); at 36 and 48 months the
        // WHO's tab_lhfa_boys_z_2_5 gives −2 SD 88.7 / 94.9 cm, median 96.1 / 103.3 cm, +2 SD 103.5 / 111.7 cm.
        List<Integer> months = growth.getList("curves.heightForAge.months", Integer.class);
        assertEquals(30, months.get(0));
        assertEquals(48, months.get(months.size() - 1));
        assertEquals(88.7f, growth.getFloat("curves.heightForAge.minus2[6]"));
        assertEquals(96.1f, growth.getFloat("curves.heightForAge.median[6]"));
        assertEquals(103.5f, growth.getFloat("curves.heightForAge.plus2[6]"));
        assertEquals(94.9f, growth.getFloat("curves.heightForAge.minus2[18]"));
        assertEquals(103.3f, growth.getFloat("curves.heightForAge.median[18]"));
        assertEquals(111.7f, growth.getFloat("curves.heightForAge.plus2[18]"));
    }

    @Test
    void theClassTeacherAndTheNurseSeeTheChartAStrangerGetsTheAnswerOfAnUnknownCode() {
        publish(s.nurse(), s.school(), "health", measurement("cd-1", s.an(), 100, 15.5)).then().statusCode(200);

        get(s.nurse(), "/students/{code}/growth", s.an()).then().statusCode(200).body("points", hasSize(1));
        get(s.homeroomTeacher(), "/students/{code}/growth", s.an()).then().statusCode(200);
        get(s.binhsMother().token(), "/students/{code}/growth", s.an()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        get(s.binhsMother().token(), "/students/{code}/growth", "HS-KHONG-CO").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aWithdrawnMeasurementLeavesTheChart() {
        publish(s.nurse(), s.school(), "health", measurement("cd-1", s.an(), 100, 15.5)).then().statusCode(200);
        publish(s.nurse(), s.school(), "health", Map.of("sourceId", "cd-1", "deleted", true)).then().statusCode(200)
                .body("records[0].outcome", equalTo("deleted"));

        get(s.mother().token(), "/students/{code}/growth", s.an()).then().statusCode(200)
                .body("points", empty()).body("curves", equalTo(Map.of()));
    }

    private static Map<String, Object> measurement(String sourceId, String student, Object heightCm,
            Object weightKg) {
        return Map.of("sourceId", sourceId, "studentCode", student, "type", "CAN_DO", "date", "2025-10-10",
                "heightCm", heightCm, "weightKg", weightKg);
    }

    private String text(String sourceId) {
        return pool.preparedQuery("SELECT n.text FROM notice n JOIN school sc ON sc.id = n.school_id "
                        + "WHERE sc.code = $1 AND n.source_id = $2")
                .execute(Tuple.of(s.school(), sourceId))
                .await().indefinitely().iterator().next().getString(0);
    }
}

package vn.lienlac.notices.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienlac.directory.model.Gender;

/**
 * The z-score computation against the WHO's own published SD tables (WHO Child Growth Standards 2006, "z-scores"
 * tables: tab_wfa_boys_z_0_5, tab_wfa_girls_z_0_5, tab_lhfa_{boys,girls}_z_0_2, tab_lhfa_{boys,girls}_z_2_5,
 * tab_bmi_{boys,girls}_z_0_2, tab_bmi_{boys,girls}_z_2_5; columns SD3neg, SD2neg, SD0, SD2, SD3, one decimal).
 * The curves our LMS tables give at −3, −2, 0, +2 and +3 SD must round to exactly the published values, and a
 * measurement on a published curve must read as that z-score (within the rounding of the table).
 */
class WhoReferenceTest {

    private final WhoReference who = WhoReference.shipped();

    @ParameterizedTest(name = "{0} {1} at {2} months: {3} {4} {5} {6} {7}")
    @CsvSource({
            // weight-for-age (kg), tab_wfa_*_z_0_5
            "WEIGHT_FOR_AGE, MALE, 0, 2.1, 2.5, 3.3, 4.4, 5.0",
            "WEIGHT_FOR_AGE, MALE, 12, 6.9, 7.7, 9.6, 12.0, 13.3",
            "WEIGHT_FOR_AGE, MALE, 24, 8.6, 9.7, 12.2, 15.3, 17.1",
            "WEIGHT_FOR_AGE, MALE, 60, 12.4, 14.1, 18.3, 24.2, 27.9",
            "WEIGHT_FOR_AGE, FEMALE, 0, 2.0, 2.4, 3.2, 4.2, 4.8",
            "WEIGHT_FOR_AGE, FEMALE, 12, 6.3, 7.0, 8.9, 11.5, 13.1",
            "WEIGHT_FOR_AGE, FEMALE, 24, 8.1, 9.0, 11.5, 14.8, 17.0",
            "WEIGHT_FOR_AGE, FEMALE, 60, 12.1, 13.7, 18.2, 24.9, 29.5",
            // length-for-age (cm, lying) under 24 months, tab_lhfa_*_z_0_2
            "HEIGHT_FOR_AGE, MALE, 0, 44.2, 46.1, 49.9, 53.7, 55.6",
            "HEIGHT_FOR_AGE, MALE, 12, 68.6, 71.0, 75.7, 80.5, 82.9",
            "HEIGHT_FOR_AGE, FEMALE, 0, 43.6, 45.4, 49.1, 52.9, 54.7",
            "HEIGHT_FOR_AGE, FEMALE, 12, 66.3, 68.9, 74.0, 79.2, 81.7",
            // height-for-age (cm, standing) from 24 months, tab_lhfa_*_z_2_5
            "HEIGHT_FOR_AGE, MALE, 24, 78.0, 81.0, 87.1, 93.2, 96.3",
            "HEIGHT_FOR_AGE, MALE, 60, 96.1, 100.7, 110.0, 119.2, 123.9",
            "HEIGHT_FOR_AGE, FEMALE, 24, 76.0, 79.3, 85.7, 92.2, 95.4",
            "HEIGHT_FOR_AGE, FEMALE, 60, 95.2, 99.9, 109.4, 118.9, 123.7",
            // BMI-for-age (kg/m²), tab_bmi_*_z_0_2 and tab_bmi_*_z_2_5
            "BMI_FOR_AGE, MALE, 12, 13.4, 14.4, 16.8, 19.8, 21.6",
            "BMI_FOR_AGE, FEMALE, 12, 12.7, 13.8, 16.4, 19.6, 21.6",
            "BMI_FOR_AGE, MALE, 36, 12.4, 13.4, 15.6, 18.4, 20.0",
            "BMI_FOR_AGE, MALE, 60, 12.0, 12.9, 15.2, 18.3, 20.3",
            "BMI_FOR_AGE, FEMALE, 36, 12.1, 13.1, 15.4, 18.4, 20.3",
            "BMI_FOR_AGE, FEMALE, 60, 11.6, 12.7, 15.3, 18.8, 21.1"})
    void curvesMatchTheWhoPublishedSdTables(GrowthIndicator indicator, Gender sex, int month, double minus3,
            double minus2, double median, double plus2, double plus3) {
        Lms lms = who.lms(indicator, sex, month);
        assertEquals(minus3, oneDecimal(lms.value(-3)), "−3 SD");
        assertEquals(minus2, oneDecimal(lms.value(-2)), "−2 SD");
        assertEquals(median, oneDecimal(lms.value(0)), "median");
        assertEquals(plus2, oneDecimal(lms.value(2)), "+2 SD");
        assertEquals(plus3, oneDecimal(lms.value(3)), "+3 SD");
        // A published value reads back as its z-score, within what the table's one decimal hides.
        assertEquals(-2, lms.z(minus2), halfStep(lms, -2));
        assertEquals(0, lms.z(median), halfStep(lms, 0));
        assertEquals(2, lms.z(plus2), halfStep(lms, 2));
    }

    @Test
    void zScoreIsTheLmsFormula() {
        // tab_wfa_boys_z_0_5, month 0: L 0.3487, M 3.3464, S 0.14602.
        Lms birth = who.lms(GrowthIndicator.WEIGHT_FOR_AGE, Gender.MALE, 0);
        assertEquals(new Lms(0.3487, 3.3464, 0.14602), birth);
        assertEquals((Math.pow(3.0 / 3.3464, 0.3487) - 1) / (0.3487 * 0.14602), birth.z(3.0), 1e-12);
        assertEquals(0, birth.z(3.3464), 1e-12);
    }

    @Test
    void weightBeyondThreeSdIsMeasuredInTheGapBetweenTwoAndThreeSd() {
        // Boys at 12 months: +2 SD 12.0 kg, +3 SD 13.3 kg (tab_wfa_boys_z_0_5). 15 kg is 1.7 kg past +3 SD, a gap of
        // about 1.3 kg per SD there: about +4.2, where the plain LMS formula says less.
        Lms lms = who.lms(GrowthIndicator.WEIGHT_FOR_AGE, Gender.MALE, 12);
        assertEquals(4.2, lms.zRestricted(15.0), 0.1);
        assertTrue(lms.z(15.0) < lms.zRestricted(15.0));
        assertEquals(3 + (15.0 - lms.value(3)) / (lms.value(3) - lms.value(2)), lms.zRestricted(15.0), 1e-12);
        assertEquals(lms.z(11.0), lms.zRestricted(11.0), 1e-12);
        // and below −3 SD (6.9 kg; −2 SD 7.7 kg): 6.0 kg is about −4.1
        assertEquals(-3 + (6.0 - lms.value(-3)) / (lms.value(-2) - lms.value(-3)), lms.zRestricted(6.0), 1e-12);
        assertEquals(-4.1, lms.zRestricted(6.0), 0.1);
    }

    @Test
    void anAgeBetweenMonthsIsInterpolated() {
        Lms m12 = who.lms(GrowthIndicator.WEIGHT_FOR_AGE, Gender.FEMALE, 12);
        Lms m13 = who.lms(GrowthIndicator.WEIGHT_FOR_AGE, Gender.FEMALE, 13);
        Lms half = who.lms(GrowthIndicator.WEIGHT_FOR_AGE, Gender.FEMALE, 12.5);
        assertEquals((m12.m() + m13.m()) / 2, half.m(), 1e-12);
        assertNull(who.lms(GrowthIndicator.WEIGHT_FOR_AGE, Gender.FEMALE, 60.5), "no WHO 2007 table shipped yet");
    }

    @Test
    void aThreeYearOldBoyShortForHisAgeIsStuntedWithNormalWeight() {
        // 1,096 days = 36.0 months. Boys at 36 months: height −2 SD 88.7 cm; weight median 14.3 kg.
        GrowthAssessment a = GrowthAssessment.of(who, Gender.MALE, LocalDate.of(2022, 1, 1),
                LocalDate.of(2025, 1, 1), new BigDecimal("87"), new BigDecimal("13"));
        assertEquals(GrowthAssessment.Status.ASSESSED, a.status());
        assertEquals(36.0, a.ageMonths());
        assertEquals(GrowthBand.THAP_COI, a.scores().get(GrowthIndicator.HEIGHT_FOR_AGE).band());
        assertEquals(GrowthBand.BINH_THUONG, a.scores().get(GrowthIndicator.WEIGHT_FOR_AGE).band());
        assertEquals(GrowthBand.BINH_THUONG, a.scores().get(GrowthIndicator.BMI_FOR_AGE).band());
        assertEquals("3 tuổi", GrowthAssessment.ageText(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void bmiCutOffsUnderFiveAreTwoAndThreeSd() {
        assertEquals(GrowthBand.BINH_THUONG, GrowthIndicator.BMI_FOR_AGE.band(2.0, 48));
        assertEquals(GrowthBand.THUA_CAN, GrowthIndicator.BMI_FOR_AGE.band(2.01, 48));
        assertEquals(GrowthBand.BEO_PHI, GrowthIndicator.BMI_FOR_AGE.band(3.01, 48));
        assertEquals(GrowthBand.GAY_COM, GrowthIndicator.BMI_FOR_AGE.band(-2.01, 48));
        // from five years (WHO 2007): +1 and +2 SD
        assertEquals(GrowthBand.THUA_CAN, GrowthIndicator.BMI_FOR_AGE.band(1.01, 84));
        assertEquals(GrowthBand.BEO_PHI, GrowthIndicator.BMI_FOR_AGE.band(2.01, 84));
        assertEquals(GrowthBand.GAY, GrowthIndicator.BMI_FOR_AGE.band(-2.01, 84));
    }

    @Test
    void withoutBirthDateOrSexNothingIsCompared() {
        GrowthAssessment a = GrowthAssessment.of(who, null, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1),
                new BigDecimal("95"), new BigDecimal("14"));
        assertEquals(GrowthAssessment.Status.NO_BIRTH_DATA, a.status());
        GrowthAssessment old = GrowthAssessment.of(who, Gender.FEMALE, LocalDate.of(2018, 1, 1),
                LocalDate.of(2025, 1, 1), new BigDecimal("120"), new BigDecimal("22"));
        assertEquals(GrowthAssessment.Status.OUT_OF_RANGE, old.status());
    }

    /** Half of the table's last decimal (0.05) in SD units around {@code z}, with a little slack. */
    private static double halfStep(Lms lms, double z) {
        return 0.05 / Math.min(lms.value(z + 0.5) - lms.value(z), lms.value(z) - lms.value(z - 0.5)) / 2 + 0.005;
    }

    private static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}

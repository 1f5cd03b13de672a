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
 * measurement on a published curve must read as that z-score (within the rounding of the table). From 61 months the
 * same for the WHO Reference 2007 (expanded tables wfa/hfa/bmi-{boys,girls}-z-who-2007-exp, three decimals).
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

    /**
     * The WHO Reference 2007 (5–19 years): the SD columns of the WHO's expanded z tables (SD3neg … SD3, three
     * decimals), which the WHO computed from the same L, M and S, must come back from our tables to their rounding.
     */
    @ParameterizedTest(name = "2007 {0} {1} at {2} months")
    @CsvSource({
            // weight-for-age (kg), wfa-*-z-who-2007-exp, 61-120 months
            "WEIGHT_FOR_AGE, MALE, 61, 12.718, 14.367, 16.279, 18.506, 21.109, 24.165, 27.770",
            "WEIGHT_FOR_AGE, MALE, 72, 14.063, 15.870, 17.996, 20.514, 23.517, 27.129, 31.508",
            "WEIGHT_FOR_AGE, MALE, 120, 20.420, 23.206, 26.694, 31.159, 37.035, 45.038, 56.434",
            "WEIGHT_FOR_AGE, FEMALE, 61, 12.352, 13.961, 15.899, 18.258, 21.169, 24.817, 29.468",
            "WEIGHT_FOR_AGE, FEMALE, 72, 13.471, 15.274, 17.465, 20.164, 23.541, 27.845, 33.448",
            "WEIGHT_FOR_AGE, FEMALE, 120, 20.286, 23.274, 27.031, 31.858, 38.223, 46.890, 59.177",
            // height-for-age (cm), hfa-*-z-who-2007-exp
            "HEIGHT_FOR_AGE, MALE, 61, 96.490, 101.082, 105.673, 110.265, 114.856, 119.448, 124.039",
            "HEIGHT_FOR_AGE, MALE, 72, 101.171, 106.097, 111.024, 115.951, 120.878, 125.804, 130.731",
            "HEIGHT_FOR_AGE, MALE, 120, 118.658, 125.032, 131.406, 137.780, 144.153, 150.527, 156.901",
            "HEIGHT_FOR_AGE, MALE, 180, 145.545, 153.350, 161.154, 168.958, 176.762, 184.566, 192.371",
            "HEIGHT_FOR_AGE, MALE, 228, 154.648, 161.947, 169.245, 176.543, 183.841, 191.140, 198.438",
            "HEIGHT_FOR_AGE, FEMALE, 61, 95.282, 100.055, 104.828, 109.602, 114.375, 119.148, 123.921",
            "HEIGHT_FOR_AGE, FEMALE, 72, 99.766, 104.885, 110.005, 115.124, 120.244, 125.364, 130.483",
            "HEIGHT_FOR_AGE, FEMALE, 120, 119.446, 125.843, 132.240, 138.636, 145.033, 151.430, 157.826",
            "HEIGHT_FOR_AGE, FEMALE, 180, 141.032, 147.911, 154.790, 161.669, 168.548, 175.427, 182.306",
            "HEIGHT_FOR_AGE, FEMALE, 228, 143.532, 150.073, 156.614, 163.155, 169.696, 176.237, 182.777",
            // BMI-for-age (kg/m²), bmi-*-z-who-2007-exp
            "BMI_FOR_AGE, MALE, 61, 12.118, 13.031, 14.071, 15.264, 16.645, 18.259, 20.166",
            "BMI_FOR_AGE, MALE, 72, 12.141, 13.040, 14.083, 15.306, 16.761, 18.520, 20.689",
            "BMI_FOR_AGE, MALE, 120, 12.775, 13.735, 14.923, 16.443, 18.480, 21.400, 26.073",
            "BMI_FOR_AGE, MALE, 180, 14.708, 16.011, 17.647, 19.774, 22.685, 26.969, 34.081",
            "BMI_FOR_AGE, MALE, 228, 15.855, 17.554, 19.622, 22.188, 25.449, 29.716, 35.516",
            "BMI_FOR_AGE, FEMALE, 61, 11.770, 12.748, 13.891, 15.244, 16.870, 18.858, 21.340",
            "BMI_FOR_AGE, FEMALE, 72, 11.723, 12.700, 13.862, 15.270, 17.011, 19.224, 22.133",
            "BMI_FOR_AGE, FEMALE, 120, 12.378, 13.470, 14.838, 16.613, 19.032, 22.570, 28.378",
            "BMI_FOR_AGE, FEMALE, 180, 14.362, 15.871, 17.764, 20.212, 23.514, 28.224, 35.538",
            "BMI_FOR_AGE, FEMALE, 228, 14.724, 16.497, 18.681, 21.427, 24.965, 29.670, 36.179"})
    void curvesFromFiveYearsMatchTheWho2007SdTables(GrowthIndicator indicator, Gender sex, int month, double minus3,
            double minus2, double minus1, double median, double plus1, double plus2, double plus3) {
        Lms lms = who.lms(indicator, sex, month);
        double[] published = {minus3, minus2, minus1, median, plus1, plus2, plus3};
        for (int sd = -3; sd <= 3; sd++) {
            // Half a unit of the third decimal (the tables' rounding), and a hair for the binary doubles.
            assertEquals(published[sd + 3], lms.value(sd), 0.0005 + 1e-9, sd + " SD");
        }
    }

    @Test
    void theTablesEndAtTenYearsForWeightAndNineteenForHeightAndBmi() {
        assertEquals(120, who.lastMonth(GrowthIndicator.WEIGHT_FOR_AGE, Gender.MALE));
        assertEquals(228, who.lastMonth(GrowthIndicator.HEIGHT_FOR_AGE, Gender.FEMALE));
        assertEquals(228, who.lastMonth(GrowthIndicator.BMI_FOR_AGE, Gender.MALE));
        assertNull(who.lms(GrowthIndicator.WEIGHT_FOR_AGE, Gender.MALE, 120.5));
        assertNull(who.lms(GrowthIndicator.HEIGHT_FOR_AGE, Gender.FEMALE, 228.5));
        assertNull(who.lms(GrowthIndicator.BMI_FOR_AGE, Gender.MALE, 229));
    }

    @Test
    void betweenSixtyAndSixtyOneMonthsTheTwoTablesAreJoined() {
        // 2006 at 60 months, 2007 at 61 (hfa-boys-z-who-2007-exp, month 61: L 1, M 110.2647, S 0.04164).
        Lms m60 = who.lms(GrowthIndicator.HEIGHT_FOR_AGE, Gender.MALE, 60);
        Lms m61 = who.lms(GrowthIndicator.HEIGHT_FOR_AGE, Gender.MALE, 61);
        assertEquals(new Lms(1, 110.2647, 0.04164), m61);
        assertEquals((m60.m() + m61.m()) / 2, who.lms(GrowthIndicator.HEIGHT_FOR_AGE, Gender.MALE, 60.5).m(), 1e-12);
    }

    @Test
    void aVeryThinEightYearOldGirlIsSeverelyThinAndHerBmiBeyondThreeSdIsRestricted() {
        // 2,922 days = 96.0 months. 130 cm, 16 kg: BMI 9.47, far below −3 SD (11.88; −2 SD 12.88).
        GrowthAssessment a = GrowthAssessment.of(who, Gender.FEMALE, LocalDate.of(2017, 1, 1),
                LocalDate.of(2025, 1, 1), new BigDecimal("130"), new BigDecimal("16"));
        assertEquals(96.0, a.ageMonths());
        Lms bmi = who.lms(GrowthIndicator.BMI_FOR_AGE, Gender.FEMALE, 96);
        double x = 16 / (1.3 * 1.3);
        assertEquals(-5.40, a.scores().get(GrowthIndicator.BMI_FOR_AGE).z());
        assertEquals(-3 + (x - bmi.value(-3)) / (bmi.value(-2) - bmi.value(-3)), -5.40, 0.005);
        assertTrue(Math.abs(bmi.z(x) + 5.40) > 0.1, "the plain LMS formula would say otherwise");
        assertEquals(GrowthBand.GAY_NANG, a.scores().get(GrowthIndicator.BMI_FOR_AGE).band());
        assertEquals(GrowthBand.NHE_CAN, a.scores().get(GrowthIndicator.WEIGHT_FOR_AGE).band());
        assertEquals(-3.13, a.scores().get(GrowthIndicator.WEIGHT_FOR_AGE).z());
        assertEquals(GrowthBand.BINH_THUONG, a.scores().get(GrowthIndicator.HEIGHT_FOR_AGE).band());
    }

    @Test
    void heightIsNeverRestrictedAndPastTenYearsThereIsNoWeightForAge() {
        // A boy of 11 years (132.0 months, 4,018 days), 165 cm: far above +3 SD; the plain LMS z-score is kept.
        GrowthAssessment a = GrowthAssessment.of(who, Gender.MALE, LocalDate.of(2014, 1, 1),
                LocalDate.of(2025, 1, 1), new BigDecimal("165"), new BigDecimal("40"));
        Lms height = who.lms(GrowthIndicator.HEIGHT_FOR_AGE, Gender.MALE, a.ageMonths());
        assertEquals(BigDecimal.valueOf(height.z(165)).setScale(2, RoundingMode.HALF_UP).doubleValue(),
                a.scores().get(GrowthIndicator.HEIGHT_FOR_AGE).z());
        assertTrue(a.scores().get(GrowthIndicator.HEIGHT_FOR_AGE).z() > 3);
        assertEquals(GrowthBand.BINH_THUONG, a.scores().get(GrowthIndicator.HEIGHT_FOR_AGE).band());
        assertEquals(java.util.Set.of(GrowthIndicator.HEIGHT_FOR_AGE, GrowthIndicator.BMI_FOR_AGE),
                a.scores().keySet());
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
        assertEquals(GrowthBand.GAY, GrowthIndicator.BMI_FOR_AGE.band(-3.0, 84));
        assertEquals(GrowthBand.GAY_NANG, GrowthIndicator.BMI_FOR_AGE.band(-3.01, 84));
        assertEquals(GrowthBand.GAY_COM, GrowthIndicator.BMI_FOR_AGE.band(-3.01, 60));
        assertEquals("trên +1 SD", GrowthIndicator.BMI_FOR_AGE.cutOff(GrowthBand.THUA_CAN, 60.1));
        assertEquals("trên +2 SD", GrowthIndicator.BMI_FOR_AGE.cutOff(GrowthBand.THUA_CAN, 60));
        assertEquals("dưới −3 SD", GrowthIndicator.BMI_FOR_AGE.cutOff(GrowthBand.GAY_NANG, 96));
    }

    @Test
    void withoutBirthDateOrSexNothingIsCompared() {
        GrowthAssessment a = GrowthAssessment.of(who, null, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1),
                new BigDecimal("95"), new BigDecimal("14"));
        assertEquals(GrowthAssessment.Status.NO_BIRTH_DATA, a.status());
        // Past 19 years (228 months) no table applies.
        GrowthAssessment old = GrowthAssessment.of(who, Gender.FEMALE, LocalDate.of(2005, 1, 1),
                LocalDate.of(2025, 1, 1), new BigDecimal("158"), new BigDecimal("50"));
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

package vn.lienlac.notices.growth;

/**
 * The three WHO indices a measurement is read on, each with the cut-offs Vietnam's schools use (WHO 2006 under 5
 * years, WHO 2007 from 5 to 19 years): weight-for-age below −2 SD is underweight, height-for-age below −2 SD is
 * stunting, BMI-for-age below −2 SD is wasting under 5 years; from 5 years below −2 SD is thinness and below −3 SD
 * severe thinness; above +2 SD overweight and above +3 SD obesity under 5 years, above +1 SD and +2 SD from 5 years.
 */
public enum GrowthIndicator {
    WEIGHT_FOR_AGE("weightForAge", "cân nặng theo tuổi", true),
    HEIGHT_FOR_AGE("heightForAge", "chiều cao theo tuổi", false),
    BMI_FOR_AGE("bmiForAge", "BMI theo tuổi", true);

    /** The key in records and API answers. */
    public final String key;
    /** The index's name in notices. */
    public final String label;
    /** Whether the WHO's restricted LMS application applies beyond ±3 SD (soft-tissue measures). */
    final boolean restricted;

    GrowthIndicator(String key, String label, boolean restricted) {
        this.key = key;
        this.label = label;
        this.restricted = restricted;
    }

    /** Where a z-score (rounded to two decimals) lies at this age. */
    public GrowthBand band(double z, double ageMonths) {
        boolean underFive = ageMonths <= WhoReference.UNDER_FIVE_MONTHS;
        return switch (this) {
            case WEIGHT_FOR_AGE -> z < -2 ? GrowthBand.NHE_CAN : GrowthBand.BINH_THUONG;
            case HEIGHT_FOR_AGE -> z < -2 ? GrowthBand.THAP_COI : GrowthBand.BINH_THUONG;
            case BMI_FOR_AGE -> z < -2 ? (underFive ? GrowthBand.GAY_COM
                    : z < -3 ? GrowthBand.GAY_NANG : GrowthBand.GAY)
                    : z > (underFive ? 3 : 2) ? GrowthBand.BEO_PHI
                    : z > (underFive ? 2 : 1) ? GrowthBand.THUA_CAN : GrowthBand.BINH_THUONG;
        };
    }

    /** The cut-off a band's notice names ("dưới −2 SD", "trên +2 SD"), or null for {@link GrowthBand#BINH_THUONG}. */
    public String cutOff(GrowthBand band, double ageMonths) {
        boolean underFive = ageMonths <= WhoReference.UNDER_FIVE_MONTHS;
        return switch (band) {
            case NHE_CAN, THAP_COI, GAY_COM, GAY -> "dưới −2 SD";
            case GAY_NANG -> "dưới −3 SD";
            case THUA_CAN -> underFive ? "trên +2 SD" : "trên +1 SD";
            case BEO_PHI -> underFive ? "trên +3 SD" : "trên +2 SD";
            case BINH_THUONG -> null;
        };
    }
}

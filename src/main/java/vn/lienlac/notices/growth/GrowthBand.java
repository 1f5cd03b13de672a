package vn.lienlac.notices.growth;

/** Where a measurement lies on one WHO index ({@link GrowthIndicator#band}), with its Vietnamese name. */
public enum GrowthBand {
    /** Weight-for-age below −2 SD. */
    NHE_CAN("suy dinh dưỡng thể nhẹ cân"),
    /** Height-for-age below −2 SD. */
    THAP_COI("thấp còi"),
    /** BMI-for-age below −2 SD under 5 years (wasting). */
    GAY_COM("suy dinh dưỡng thể gầy còm"),
    /** BMI-for-age below −2 SD from 5 years (thinness). */
    GAY("gầy"),
    /** BMI-for-age below −3 SD from 5 years (severe thinness). */
    GAY_NANG("gầy nặng"),
    BINH_THUONG("bình thường"),
    THUA_CAN("thừa cân"),
    BEO_PHI("béo phì");

    public final String label;

    GrowthBand(String label) {
        this.label = label;
    }
}

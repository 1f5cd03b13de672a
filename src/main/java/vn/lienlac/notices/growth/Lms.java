package vn.lienlac.notices.growth;

/**
 * One point of an LMS reference (Cole and Green 1992): the Box-Cox power {@code l}, the median {@code m} and the
 * coefficient of variation {@code s} of a measure at one age, as the WHO publishes them.
 */
public record Lms(double l, double m, double s) {

    /** The z-score of {@code x}: ((x/M)^L − 1) / (L·S), or ln(x/M)/S when L is 0. */
    public double z(double x) {
        return l == 0 ? Math.log(x / m) / s : (Math.pow(x / m, l) - 1) / (l * s);
    }

    /**
     * The z-score with the WHO's restricted application of the LMS method beyond ±3 SD, for weight and BMI (their
     * distributions' tails are not modelled well there): outside ±3 SD, the distance is measured in units of the
     * gap between the 2 SD and 3 SD curves on that side.
     */
    public double zRestricted(double x) {
        double z = z(x);
        if (z > 3) {
            double sd3 = value(3);
            return 3 + (x - sd3) / (sd3 - value(2));
        }
        if (z < -3) {
            double sd3 = value(-3);
            return -3 + (x - sd3) / (value(-2) - sd3);
        }
        return z;
    }

    /** The measure at z-score {@code z}: M·(1 + L·S·z)^(1/L), or M·e^(S·z) when L is 0. */
    public double value(double z) {
        return l == 0 ? m * Math.exp(s * z) : m * Math.pow(1 + l * s * z, 1 / l);
    }

    /** The point a fraction {@code t} (0–1) of the way from {@code a} to {@code b}, each parameter linearly. */
    static Lms between(Lms a, Lms b, double t) {
        return new Lms(a.l + (b.l - a.l) * t, a.m + (b.m - a.m) * t, a.s + (b.s - a.s) * t);
    }
}

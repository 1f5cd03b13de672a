package vn.lienlac.adoption;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of a group have activated, against the 100% target.
 *
 * @param total     people (or students) in the group
 * @param activated those who signed in at least once (for students: who have at least one such guardian)
 * @param percent   {@code 100 × activated / total}, rounded half-up to one decimal ({@code 1/16} → 6.3,
 *                  {@code 2/3} → 66.7); null when the group is empty, since there is no one to reach
 */
public record Share(long total, long activated, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Share of(long total, long activated) {
        if (activated < 0 || activated > total) {
            throw new IllegalArgumentException("activated " + activated + " outside 0.." + total);
        }
        BigDecimal percent = total == 0 ? null
                : BigDecimal.valueOf(activated).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1,
                        RoundingMode.HALF_UP);
        return new Share(total, activated, percent);
    }

    /** Not yet activated: the people to follow up. */
    public long remaining() {
        return total - activated;
    }

    /** The sum of two groups that share no one. */
    public Share plus(Share other) {
        return of(total + other.total, activated + other.activated);
    }
}

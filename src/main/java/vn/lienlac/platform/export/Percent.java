package vn.lienlac.platform.export;

import java.math.BigDecimal;

/**
 * A percentage cell, in points as people write it: {@code 80.0} is 80 %. XLSX stores it as the fraction ({@code 0.8})
 * with a percent format, shown {@code 80,0 %} in a Vietnamese Excel; CSV writes the points plain ({@code 80.0}),
 * under a header that says "(%)" or "tỉ lệ".
 */
public record Percent(BigDecimal points) {

    public Percent {
        if (points == null) {
            throw new IllegalArgumentException("a percent cell needs a value; leave the cell null instead");
        }
    }

    /** A cell for {@code points}, or null (an empty cell) when there is none. */
    public static Percent of(BigDecimal points) {
        return points == null ? null : new Percent(points);
    }

    /** The value XLSX stores: {@code 80.0} → {@code 0.8}. */
    public double fraction() {
        return points.movePointLeft(2).doubleValue();
    }
}

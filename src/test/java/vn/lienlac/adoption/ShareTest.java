package vn.lienlac.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void percentIsRoundedHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("6.3"), Share.of(16, 1).percent());
        assertEquals(new BigDecimal("66.7"), Share.of(3, 2).percent());
        assertEquals(new BigDecimal("33.3"), Share.of(3, 1).percent());
        assertEquals(new BigDecimal("12.5"), Share.of(8, 1).percent());
        assertEquals(new BigDecimal("0.1"), Share.of(2000, 1).percent());
        assertEquals(new BigDecimal("0.0"), Share.of(2001, 1).percent());
        assertEquals(new BigDecimal("99.9"), Share.of(1000, 999).percent());
        assertEquals(new BigDecimal("100.0"), Share.of(5, 5).percent());
    }

    @Test
    void emptyGroupHasNoPercent() {
        assertNull(Share.of(0, 0).percent());
    }

    @Test
    void moreActivatedThanPeopleIsABug() {
        assertThrows(IllegalArgumentException.class, () -> Share.of(2, 3));
    }

    @Test
    void sumsAddCountsAndRecomputeThePercent() {
        Share sum = Share.of(5, 2).plus(Share.of(2, 1));
        assertEquals(Share.of(7, 3), sum);
        assertEquals(new BigDecimal("42.9"), sum.percent());
        assertEquals(4, sum.remaining());
    }
}

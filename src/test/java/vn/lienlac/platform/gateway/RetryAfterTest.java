package vn.lienlac.platform.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-07T07:00:00Z");

    @Test
    void secondsAndHttpDatesAreRead() {
        assertEquals(Duration.ofSeconds(7), RetryAfter.parse("7", NOW));
        assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Mon, 07 Dec 2026 07:01:30 GMT", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("Mon, 07 Dec 2026 06:00:00 GMT", NOW));
    }

    @Test
    void absentOrUnreadableIsNull() {
        assertNull(RetryAfter.parse(null, NOW));
        assertNull(RetryAfter.parse("soon", NOW));
    }

    @Test
    void timeoutsThrottlingAndServerErrorsAreRetried() {
        assertTrue(RetryAfter.retryable(408));
        assertTrue(RetryAfter.retryable(429));
        assertTrue(RetryAfter.retryable(503));
        assertFalse(RetryAfter.retryable(400));
        assertFalse(RetryAfter.retryable(410));
    }
}

package vn.lienlac.identity.otp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A clock that stands still until a test moves it; install it with {@code QuarkusMock.installMockForType}. */
final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    TestClock() {
        this(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(now, zone);
    }
}

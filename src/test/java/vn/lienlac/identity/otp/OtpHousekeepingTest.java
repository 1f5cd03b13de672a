package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.identity.otp.OtpFixtures.await;
import static vn.lienlac.identity.otp.OtpFixtures.newIp;
import static vn.lienlac.identity.otp.OtpFixtures.newPhone;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;

@QuarkusTest
class OtpHousekeepingTest {

    @Inject
    OtpService otp;

    @Inject
    OtpHousekeeping housekeeping;

    @Inject
    TestSchools db;

    @Test
    void rowsOlderThanADayAreDeletedAndNewerOnesKept() {
        TestClock clock = new TestClock();
        QuarkusMock.installMockForType(clock, Clock.class);
        QuarkusMock.installMockForType(new RecordingSender(), OtpSender.class);
        Instant now = clock.instant();
        String oldPhone = newPhone();
        String ip = newIp();
        clock.set(now.minus(Duration.ofDays(1)).minusSeconds(1));
        await(otp.request(oldPhone, ip, true));
        await(otp.verify(oldPhone, "000000", ip));
        clock.set(now.minus(Duration.ofDays(1)).plusSeconds(1));
        String recentPhone = newPhone();
        await(otp.request(recentPhone, ip, true));

        await(housekeeping.deleteExpired(now));

        assertEquals(0, db.count("SELECT count(*) FROM otp_challenge WHERE phone = $1", oldPhone));
        assertEquals(1, db.count("SELECT count(*) FROM otp_challenge WHERE phone = $1", recentPhone));
        assertEquals(0, db.count("SELECT count(*) FROM otp_verify_attempt WHERE client_ip = $1", ClientKeys.of(ip)));
    }
}

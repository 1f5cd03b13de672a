package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.identity.otp.OtpFixtures.await;
import static vn.lienlac.identity.otp.OtpFixtures.failure;
import static vn.lienlac.identity.otp.OtpFixtures.newIp;
import static vn.lienlac.identity.otp.OtpFixtures.newPhone;
import static vn.lienlac.identity.otp.OtpFixtures.sameNetwork;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/** The default limits: codes live 5 minutes, 5 wrong codes, 60 s between requests, 5 per phone, 30 and 60 per IP. */
@QuarkusTest
class OtpServiceTest {

    @Inject
    OtpService otp;

    @Inject
    TestSchools db;

    @Inject
    Pool pool;

    private final TestClock clock = new TestClock();
    private final RecordingSender sender = new RecordingSender();
    private final String phone = newPhone();
    private final String ip = newIp();

    @BeforeEach
    void controlTimeAndDelivery() {
        QuarkusMock.installMockForType(clock, Clock.class);
        QuarkusMock.installMockForType(sender, OtpSender.class);
    }

    @Test
    void rightCodeIsAcceptedOnceThenRejected() {
        await(otp.request(phone, ip, true));
        String code = sender.lastCodeFor(phone);

        assertTrue(await(otp.verify(phone, code, ip)));
        assertFalse(await(otp.verify(phone, code, ip)));
    }

    @Test
    void deliveredMessageIsVietnameseAndCarriesTheCode() {
        await(otp.request(phone, ip, true));

        RecordingSender.Sent sent = sender.sentTo(phone).get(0);
        assertTrue(sent.code().matches("\\d{6}"), sent.code());
        assertEquals("Mã xác thực Liên Lạc của bạn là " + sent.code() + ". Mã có hiệu lực trong 5 phút. "
                + "Không chia sẻ mã này với bất kỳ ai.", sent.message());
    }

    @Test
    void fiveWrongCodesStopBruteForceEvenTheRightCodeIsThenRejected() {
        await(otp.request(phone, ip, true));
        String code = sender.lastCodeFor(phone);

        for (int i = 0; i < 5; i++) {
            assertFalse(await(otp.verify(phone, wrong(code), ip)));
        }

        assertFalse(await(otp.verify(phone, code, ip)));
    }

    @Test
    void fourWrongCodesStillLeaveTheRightOneValid() {
        await(otp.request(phone, ip, true));
        String code = sender.lastCodeFor(phone);

        for (int i = 0; i < 4; i++) {
            assertFalse(await(otp.verify(phone, wrong(code), ip)));
        }

        assertTrue(await(otp.verify(phone, code, ip)));
    }

    @Test
    void codeExpiresAfterFiveMinutes() {
        await(otp.request(phone, ip, true));
        String code = sender.lastCodeFor(phone);

        clock.advance(Duration.ofMinutes(5));

        assertFalse(await(otp.verify(phone, code, ip)));
    }

    @Test
    void codeIsStillValidJustBeforeItExpires() {
        OtpChallenge challenge = await(otp.request(phone, ip, true));
        String code = sender.lastCodeFor(phone);

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));

        assertEquals(challenge.expiresAt(), clock.instant().plusSeconds(1));
        assertTrue(await(otp.verify(phone, code, ip)));
    }

    @Test
    void resendWithinSixtySecondsAnswers429WithTheRemainingSeconds() {
        OtpChallenge challenge = await(otp.request(phone, ip, true));
        clock.advance(Duration.ofSeconds(20));

        ApiException limited = failure(otp.request(phone, ip, true));

        assertEquals(ErrorCode.TOO_MANY_REQUESTS, limited.code());
        assertEquals(40, limited.retryAfterSeconds());
        assertEquals("Mã xác thực vừa được gửi. Vui lòng chờ 40 giây rồi yêu cầu mã mới.", limited.detail());
        assertEquals(challenge.resendAfter(), clock.instant().plusSeconds(40));
        assertEquals(1, sender.sentTo(phone).size());
    }

    @Test
    void newCodeRetiresThePreviousOne() {
        await(otp.request(phone, ip, true));
        String first = sender.lastCodeFor(phone);
        clock.advance(Duration.ofSeconds(60));
        await(otp.request(phone, ip, true));
        String second = sender.lastCodeFor(phone);

        if (!first.equals(second)) {
            assertFalse(await(otp.verify(phone, first, ip)));
        }
        assertTrue(await(otp.verify(phone, second, ip)));
    }

    @Test
    void sixthRequestForAPhoneWithinAnHourAnswers429UntilTheFirstLeavesTheHour() {
        for (int i = 0; i < 5; i++) {
            await(otp.request(phone, newIp(), true));
            clock.advance(Duration.ofMinutes(1));
        }

        ApiException limited = failure(otp.request(phone, newIp(), true));

        assertEquals(ErrorCode.TOO_MANY_REQUESTS, limited.code());
        assertEquals(Duration.ofMinutes(55).toSeconds(), limited.retryAfterSeconds());
        assertEquals("Số điện thoại này đã yêu cầu quá nhiều mã xác thực. Vui lòng thử lại sau 55 phút.",
                limited.detail());
        clock.advance(Duration.ofMinutes(55));
        await(otp.request(phone, newIp(), true));
        assertEquals(6, sender.sentTo(phone).size());
    }

    @Test
    void requestsFromOneIpAreLimitedAcrossPhones() {
        for (int i = 0; i < 30; i++) {
            await(otp.request(newPhone(), ip, true));
        }

        ApiException limited = failure(otp.request(phone, ip, true));

        assertEquals(ErrorCode.TOO_MANY_REQUESTS, limited.code());
        assertEquals(3600, limited.retryAfterSeconds());
        assertTrue(sender.sentTo(phone).isEmpty());
        await(otp.request(phone, newIp(), true));
    }

    @Test
    void addressesOfOneIpv6NetworkShareTheirLimit() {
        for (int i = 0; i < 30; i++) {
            await(otp.request(newPhone(), sameNetwork(ip, 0x100 + i), true));
        }

        ApiException limited = failure(otp.request(phone, sameNetwork(ip, 0xbeef), true));

        assertEquals(ErrorCode.TOO_MANY_REQUESTS, limited.code());
    }

    @Test
    void codeEntriesFromOneIpAreLimitedAcrossPhones() {
        await(otp.request(phone, newIp(), true));
        String code = sender.lastCodeFor(phone);
        for (int i = 0; i < 60; i++) {
            assertFalse(await(otp.verify(newPhone(), "000000", ip)));
        }

        ApiException limited = failure(otp.verify(phone, code, ip));

        assertEquals(ErrorCode.TOO_MANY_REQUESTS, limited.code());
        assertEquals(3600, limited.retryAfterSeconds());
        assertEquals("Bạn đã nhập mã xác thực quá nhiều lần. Vui lòng thử lại sau 60 phút.", limited.detail());
        assertTrue(await(otp.verify(phone, code, newIp())));
    }

    @Test
    void undeliveredRequestSendsNothingButAnswersAndThrottlesTheSame() {
        String known = newPhone();
        OtpChallenge unknownChallenge = await(otp.request(phone, ip, false));
        OtpChallenge knownChallenge = await(otp.request(known, newIp(), true));
        clock.advance(Duration.ofSeconds(15));

        ApiException unknownLimited = failure(otp.request(phone, newIp(), false));
        ApiException knownLimited = failure(otp.request(known, newIp(), true));

        assertTrue(sender.sentTo(phone).isEmpty());
        assertEquals(knownChallenge, unknownChallenge);
        assertEquals(knownLimited.retryAfterSeconds(), unknownLimited.retryAfterSeconds());
        assertEquals(knownLimited.detail(), unknownLimited.detail());
        assertEquals(1, db.count("SELECT count(*) FROM otp_challenge WHERE phone = $1", phone));
    }

    @Test
    void storedHashIsNotTheCode() {
        await(otp.request(phone, ip, true));
        String code = sender.lastCodeFor(phone);

        String stored = await(pool.preparedQuery("SELECT code_hash FROM otp_challenge WHERE phone = $1")
                .execute(Tuple.of(phone)).map(rows -> rows.iterator().next().getString("code_hash")));

        assertTrue(stored.matches("[0-9a-f]{64}"), stored);
        assertFalse(stored.contains(code));
    }

    @Test
    void concurrentRequestsForOnePhoneIssueExactlyOneCode() {
        List<String> outcomes = await(Uni.join().all(attempts(8, () -> otp.request(phone, newIp(), true)))
                .andFailFast());

        assertEquals(1, Collections.frequency(outcomes, "issued"), outcomes.toString());
        assertEquals(1, db.count("SELECT count(*) FROM otp_challenge WHERE phone = $1", phone));
    }

    @Test
    void concurrentRequestsFromOneIpCannotOvershootItsLimit() {
        for (int i = 0; i < 29; i++) {
            await(otp.request(newPhone(), ip, true));
        }

        List<String> outcomes = await(Uni.join().all(attempts(6, () -> otp.request(newPhone(), ip, true)))
                .andFailFast());

        assertEquals(1, Collections.frequency(outcomes, "issued"), outcomes.toString());
        assertEquals(30, db.count("SELECT count(*) FROM otp_challenge WHERE client_ip = $1", ClientKeys.of(ip)));
    }

    @Test
    void numberThatIsNotE164IsABadRequest() {
        ApiException invalid = failure(otp.request("0912345678", ip, true));

        assertEquals(ErrorCode.BAD_REQUEST, invalid.code());
        assertEquals("Số điện thoại không hợp lệ.", invalid.detail());
    }

    private static List<Uni<String>> attempts(int count, java.util.function.Supplier<Uni<OtpChallenge>> request) {
        List<Uni<String>> attempts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            attempts.add(request.get().map(challenge -> "issued")
                    .onFailure(ApiException.class).recoverWithItem(e -> ((ApiException) e).code().name()));
        }
        return attempts;
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}

package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.identity.otp.OtpFixtures.await;
import static vn.lienlac.identity.otp.OtpFixtures.failure;
import static vn.lienlac.identity.otp.OtpFixtures.newIp;
import static vn.lienlac.identity.otp.OtpFixtures.newPhone;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

@QuarkusTest
@TestProfile(HttpGatewayProfile.class)
class HttpGatewayTest {

    @Inject
    OtpService otp;

    FakeSmsGateway gateway;

    private final String phone = newPhone();
    private final String national = OtpPhones.national(phone);
    private final String ip = newIp();

    @Inject
    MeterRegistry registry;

    @Test
    void gatewayReceivesTheRenderedBodyAndTheAuthorizationHeader() {
        await(otp.request(phone, ip, true));

        List<FakeSmsGateway.Call> calls = Awaitility.await().atMost(OtpFixtures.TIMEOUT)
                .until(() -> gateway.callsFor(national), c -> !c.isEmpty());
        assertEquals(1, calls.size());
        FakeSmsGateway.Call call = calls.get(0);
        assertEquals("POST", call.method());
        assertEquals(FakeSmsGateway.PATH, call.path());
        assertEquals(HttpGatewayProfile.TOKEN, call.headers().get("authorization"));
        assertEquals("application/json", call.headers().get("content-type"));
        JsonObject body = new JsonObject(call.body());
        String code = body.getJsonObject("template_data").getString("otp");
        assertTrue(code.matches("\\d{6}"), code);
        assertEquals(national, body.getString("phone"));
        assertEquals(phone, body.getString("e164"));
        assertEquals("Mã \"Liên Lạc\" của bạn: " + code + " (hiệu lực 5 phút).", body.getString("text"));
        assertTrue(await(otp.verify(phone, code, ip)));
    }

    @Test
    void gatewayErrorIsCountedForOperatorsNotShownToTheCaller() {
        gateway.behave(national, FakeSmsGateway.Behaviour.FAIL_500);
        double before = failures("refused");

        OtpChallenge challenge = await(otp.request(phone, ip, true));

        assertNotNull(challenge.expiresAt());
        Awaitility.await().atMost(OtpFixtures.TIMEOUT).until(() -> failures("refused") >= before + 1);
        assertEquals(1, gateway.callsFor(national).size());
    }

    @Test
    void gatewayThatDoesNotAnswerInTimeIsCountedAsATimeout() {
        gateway.behave(national, FakeSmsGateway.Behaviour.NEVER_ANSWER);
        double before = failures("timeout");

        await(otp.request(phone, ip, true));

        Awaitility.await().atMost(OtpFixtures.TIMEOUT).until(() -> failures("timeout") >= before + 1);
    }

    @Test
    void failedDeliveryStillCountsTowardsTheResendInterval() {
        gateway.behave(national, FakeSmsGateway.Behaviour.FAIL_500);
        await(otp.request(phone, ip, true));
        Awaitility.await().atMost(OtpFixtures.TIMEOUT).until(() -> gateway.callsFor(national).size() == 1);

        ApiException limited = failure(otp.request(phone, ip, true));

        assertEquals(ErrorCode.TOO_MANY_REQUESTS, limited.code());
        assertEquals(1, gateway.callsFor(national).size());
    }

    private double failures(String reason) {
        Counter counter = registry.find(OtpDeliveries.FAILURES).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void undeliveredRequestDoesNotCallTheGateway() {
        await(otp.request(phone, ip, false));

        assertEquals(List.of(), gateway.callsFor(national));
    }
}

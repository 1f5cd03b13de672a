package vn.lienlac.identity.otp;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.IdentityFixtures;

/**
 * The enumeration attack on the code request, as it was made: with a real (fake) SMS gateway that takes 300 ms or
 * fails, time the answers for registered and unknown numbers over HTTP. They must not tell the two apart: same
 * status, same body shape, same time within a tolerance (medians, robust on a busy machine), and both well below
 * the gateway's latency, because the answer never waits for the gateway.
 */
@QuarkusTest
@TestProfile(HttpGatewayProfile.class)
class CodeRequestTimingTest {

    private static final Logger LOG = Logger.getLogger(CodeRequestTimingTest.class);
    /** Requests per kind and per scenario; the first {@link #WARM_UP} of each kind are not measured. */
    private static final int ROUNDS = 9;
    private static final int WARM_UP = 2;
    private static final Duration TOLERANCE = Duration.ofMillis(100);

    @Inject
    IdentityFixtures people;

    FakeSmsGateway gateway;

    @AfterEach
    void gatewayAnswersAtOnceAgain() {
        gateway.behaveByDefault(null);
    }

    @Test
    void slowGatewayDoesNotTellKnownNumbersFromUnknownOnes() {
        gateway.behaveByDefault(FakeSmsGateway.Behaviour.SLOW_200);

        List<String> known = compareKnownAndUnknown("answering 200 after 300 ms");

        String national = OtpPhones.national(known.get(known.size() - 1));
        Awaitility.await().atMost(OtpFixtures.TIMEOUT).until(() -> gateway.callsFor(national).size() == 1);
    }

    @Test
    void failingGatewayAnswersTheSameAsAWorkingOne() {
        gateway.behaveByDefault(FakeSmsGateway.Behaviour.SLOW_500);

        List<String> known = compareKnownAndUnknown("answering 500 after 300 ms");

        String national = OtpPhones.national(known.get(known.size() - 1));
        Awaitility.await().atMost(OtpFixtures.TIMEOUT).until(() -> gateway.callsFor(national).size() == 1);
    }

    /** Interleaves requests for new known and unknown numbers; returns the known numbers. */
    private List<String> compareKnownAndUnknown(String gatewayBehaviour) {
        List<String> known = new ArrayList<>();
        List<Long> knownMillis = new ArrayList<>();
        List<Long> unknownMillis = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String registered = PeopleFixtures.phone();
            people.guardian(registered);
            known.add(registered);
            Timed forKnown = requestCode(registered);
            Timed forUnknown = requestCode(PeopleFixtures.phone());

            assertEquals(202, forKnown.response().statusCode());
            assertEquals(forKnown.response().statusCode(), forUnknown.response().statusCode());
            assertEquals(forKnown.response().contentType(), forUnknown.response().contentType());
            assertEquals(shape(forKnown.response()), shape(forUnknown.response()));
            if (i >= WARM_UP) {
                knownMillis.add(forKnown.millis());
                unknownMillis.add(forUnknown.millis());
            }
        }
        long knownMedian = median(knownMillis);
        long unknownMedian = median(unknownMillis);
        String figures = "known " + knownMillis + " (median " + knownMedian + " ms), unknown " + unknownMillis
                + " (median " + unknownMedian + " ms)";
        LOG.infof("Code request timing with the gateway %s: %s", gatewayBehaviour, figures);
        assertTrue(Math.abs(knownMedian - unknownMedian) < TOLERANCE.toMillis(), figures);
        assertTrue(knownMedian < FakeSmsGateway.SLOW.toMillis() && unknownMedian < FakeSmsGateway.SLOW.toMillis(),
                figures);
        return known;
    }

    /** The body without its timestamps' values: the field names and the code's lifetime after the resend time. */
    private static Map<String, Object> shape(Response response) {
        Map<String, Object> body = response.jsonPath().getMap("$");
        Duration lifetimeAfterResend = Duration.between(Instant.parse((String) body.get("resendAfter")),
                Instant.parse((String) body.get("expiresAt")));
        return Map.of("fields", body.keySet(), "expiresAfterResend", lifetimeAfterResend);
    }

    private static Timed requestCode(String phone) {
        long start = System.nanoTime();
        Response response = given().contentType(ContentType.JSON).body(Map.of("phone", phone))
                .when().post("/api/v1/auth/otp/request");
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private record Timed(Response response, long millis) {
    }
}

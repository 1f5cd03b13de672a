package vn.lienlac.identity.otp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.IdentityFixtures;
import vn.lienlac.identity.Roles;

/** Sign-in with a phone number and a one-time code, over HTTP, as a parent's phone does it. */
@QuarkusTest
class OtpSignInApiTest {

    @Inject
    IdentityFixtures people;

    private final RecordingSender sender = new RecordingSender();

    @BeforeEach
    void recordCodes() {
        QuarkusMock.installMockForType(sender, OtpSender.class);
    }

    @Test
    void guardianSignsInWithTheCodeSentToTheirPhone() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone);
        requestCode(PeopleFixtures.local(phone)).statusCode(202)
                .body("expiresAt", not(emptyOrNullString()))
                .body("resendAfter", not(emptyOrNullString()));
        String access = given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "code", sender.lastCodeFor(phone), "deviceName", "Điện thoại của mẹ"))
                .when().post("/api/v1/auth/otp/verify")
                .then().statusCode(200)
                .body("refreshToken", not(emptyOrNullString()))
                .extract().path("accessToken");
        given().auth().oauth2(access).when().get("/api/v1/auth/me")
                .then().statusCode(200).body("roles", hasItem(Roles.GUARDIAN));
        assertEquals(1, people.count("SELECT count(*) FROM account WHERE phone = $1 AND first_sign_in_at IS NOT NULL",
                phone));
    }

    @Test
    void unknownNumberGetsTheSameAnswerAndNoMessage() {
        String known = PeopleFixtures.phone();
        people.guardian(known);
        String unknown = PeopleFixtures.phone();
        var forKnown = requestCode(known).statusCode(202).extract().jsonPath().getMap("$").keySet();
        var forUnknown = requestCode(unknown).statusCode(202).extract().jsonPath().getMap("$").keySet();
        assertEquals(forKnown, forUnknown);
        assertTrue(sender.sentTo(unknown).isEmpty(), "nothing may be sent to a number nobody registered");
    }

    @Test
    void wrongCodeIsRefusedWithProblemJsonAndAudited() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone);
        requestCode(phone).statusCode(202);
        String wrong = sender.lastCodeFor(phone).equals("000000") ? "111111" : "000000";
        given().contentType(ContentType.JSON).body(Map.of("phone", phone, "code", wrong))
                .when().post("/api/v1/auth/otp/verify")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        assertEquals(1, people.count("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND subject = $1",
                vn.lienlac.audit.Masks.phone(phone)));
    }

    @Test
    void secondRequestWithinTheResendIntervalGets429WithRetryAfter() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone);
        requestCode(phone).statusCode(202);
        requestCode(phone).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", not(emptyOrNullString()))
                .body("code", equalTo("TOO_MANY_REQUESTS"));
    }

    @Test
    void malformedPhoneIsABadRequest() {
        requestCode("0912 34").statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"));
    }

    private static io.restassured.response.ValidatableResponse requestCode(String phone) {
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone))
                .when().post("/api/v1/auth/otp/request").then();
    }
}

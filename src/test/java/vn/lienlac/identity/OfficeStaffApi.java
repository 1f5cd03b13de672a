package vn.lienlac.identity;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienlac.identity.otp.OtpSender;

/** What the office-staff tests do over HTTP: staff rows, an office's JSON import, a sign-in by a code sent by SMS. */
final class OfficeStaffApi {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private OfficeStaffApi() {
    }

    /** One JSON staff row; {@code phone} may be null. */
    static Map<String, Object> row(String code, String fullName, String position, String phone) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("staffCode", code);
        row.put("fullName", fullName);
        row.put("position", position);
        if (phone != null) {
            row.put("phone", phone);
        }
        return row;
    }

    /** A district office's own staff, pushed as JSON by the caller with this token. */
    static ValidatableResponse officeJson(String token, String district, List<Map<String, Object>> rows,
            Map<String, ?> query) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).queryParams(query)
                .body(Map.of("staff", rows)).post("/api/v1/directory/districts/{d}/imports/staff", district).then();
    }

    /** Asks for a code, reads it as the phone's owner would (from {@code codes}) and signs in: the access token. */
    static String signInByOtp(Codes codes, String phone) {
        given().contentType(ContentType.JSON).body(Map.of("phone", phone)).post("/api/v1/auth/otp/request")
                .then().statusCode(202);
        String code = await().atMost(WAIT).until(() -> codes.sentTo(phone), sent -> sent != null);
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "code", code))
                .post("/api/v1/auth/otp/verify").then().statusCode(200).extract().path("accessToken");
    }

    /** Keeps the last code sent to each phone, as the phone's owner would read it. */
    static final class Codes implements OtpSender {

        private final Map<String, String> last = new ConcurrentHashMap<>();

        @Override
        public Uni<Void> send(String phoneE164, String code, String message) {
            last.put(phoneE164, code);
            return Uni.createFrom().voidItem();
        }

        String sentTo(String phone) {
            return last.get(phone);
        }
    }
}

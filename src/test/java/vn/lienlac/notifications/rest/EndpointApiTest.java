package vn.lienlac.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;

/** {@code /api/v1/notifications/endpoints}: validation, idempotent registration, ownership and the limit. */
@QuarkusTest
class EndpointApiTest {

    private static final String PATH = "/api/v1/notifications/endpoints";
    private static final String P256DH = b64(65, (byte) 4);
    private static final String AUTH = b64(16, (byte) 7);

    @Inject
    PeopleFixtures people;

    @Inject
    TestSessions sessions;

    @Inject
    Pool pool;

    private String guardian() {
        String phone = PeopleFixtures.phone();
        people.guardian(phone, "Lê Thị Hoa");
        return sessions.open(phone, null, Set.of(Roles.GUARDIAN)).accessToken();
    }

    private static String b64(int length, byte first) {
        byte[] bytes = new byte[length];
        bytes[0] = first;
        for (int i = 1; i < length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String pushUrl() {
        return "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
    }

    private static ValidatableResponse post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    private static Map<String, Object> webPush(String url) {
        return Map.of("channel", "WEB_PUSH", "address", url, "keys", Map.of("p256dh", P256DH, "auth", AUTH));
    }

    @Test
    void aWebPushSubscriptionIsRegisteredOnceAndMarkedAsThisSessions() {
        String token = guardian();
        String url = pushUrl();
        post(token, webPush(url)).statusCode(201).body("channel", equalTo("WEB_PUSH"))
                .body("address", equalTo(url)).body("thisSession", equalTo(true));
        post(token, webPush(url)).statusCode(200);
        given().auth().oauth2(token).get(PATH).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void invalidEndpointsAreRefusedWithAReason() {
        String token = guardian();
        String hex = "ab".repeat(32);
        List<Map<String, Object>> bad = List.of(
                Map.of("channel", "SMS", "address", "+84912345678"),
                Map.of("channel", "WEB_PUSH", "address", "http://push.example/abc",
                        "keys", Map.of("p256dh", P256DH, "auth", AUTH)),
                Map.of("channel", "WEB_PUSH", "address", "https://lienlac-db.internal:5432/push",
                        "keys", Map.of("p256dh", P256DH, "auth", AUTH)),
                Map.of("channel", "WEB_PUSH", "address", "https://fcm.googleapis.com.attacker.example/x",
                        "keys", Map.of("p256dh", P256DH, "auth", AUTH)),
                Map.of("channel", "WEB_PUSH", "address", pushUrl()),
                Map.of("channel", "WEB_PUSH", "address", pushUrl(), "keys", Map.of("p256dh", b64(64, (byte) 4),
                        "auth", AUTH)),
                Map.of("channel", "WEB_PUSH", "address", pushUrl(), "keys", Map.of("p256dh", P256DH,
                        "auth", b64(15, (byte) 1))),
                Map.of("channel", "WEB_PUSH", "address", pushUrl(), "keys", Map.of("p256dh", "không+hợp/lệ",
                        "auth", AUTH)),
                Map.of("channel", "FCM", "address", "token with spaces and more than twenty"),
                Map.of("channel", "FCM", "address", "short"),
                Map.of("channel", "APNS", "address", "xyz" + hex),
                Map.of("channel", "APNS", "address", hex, "keys", Map.of("topic", "vn.truong.app", "bundle", "x")),
                Map.of("channel", "APNS", "address", hex, "keys", Map.of("topic", "vn.truong.app", "sandbox", "yes")));
        for (Map<String, Object> body : bad) {
            post(token, body).statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
        given().auth().oauth2(token).get(PATH).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void nativeTokensAreRegistered() {
        String token = guardian();
        post(token, Map.of("channel", "FCM", "address", "fcm:" + UUID.randomUUID() + "_APA91b")).statusCode(201);
        post(token, Map.of("channel", "APNS", "address", "AB".repeat(32),
                "keys", Map.of("topic", "vn.truong.lienlac", "sandbox", true)))
                .statusCode(201).body("address", equalTo("ab".repeat(32)));
        assertEquals("object true", pool.preparedQuery(
                        "SELECT jsonb_typeof(keys) || ' ' || (keys ->> 'sandbox') FROM push_endpoint WHERE address = $1")
                .execute(Tuple.of("ab".repeat(32))).await().atMost(Duration.ofSeconds(30)).iterator().next()
                .getString(0));
    }

    @Test
    void reRegisteringMovesTheEndpointToTheNewPersonAndOnlyTheOwnerMayRemoveIt() {
        String first = guardian();
        String second = guardian();
        String url = pushUrl();
        int id = post(first, webPush(url)).statusCode(201).extract().path("id");
        post(second, webPush(url)).statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(first).get(PATH).then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(first).delete(PATH + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(second).delete(PATH + "/" + id).then().statusCode(204);
        given().auth().oauth2(second).get(PATH).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aPersonKeepsTenEndpointsTheOldestGoesFirst() {
        String token = guardian();
        String oldest = pushUrl();
        post(token, webPush(oldest)).statusCode(201);
        for (int i = 0; i < 10; i++) {
            post(token, webPush(pushUrl())).statusCode(201);
        }
        List<String> addresses = given().auth().oauth2(token).get(PATH).then().statusCode(200)
                .extract().jsonPath().getList("address");
        assertEquals(10, addresses.size());
        assertEquals(false, addresses.contains(oldest));
    }

    @Test
    void theAdminTokenHasNoEndpoints() {
        String admin = sessions.accessToken(Set.of(Roles.ADMIN));
        post(admin, webPush(pushUrl())).statusCode(403);
    }
}

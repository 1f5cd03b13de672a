package vn.lienlac.notifications.webpush;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.lienlac.notifications.rest.WebPushKeyResource;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/** {@code GET /api/v1/notifications/web-push/key}: the key browsers subscribe with, for anyone. */
@QuarkusTest
class WebPushKeyApiTest {

    @Inject
    VapidKeyring keyring;

    @Test
    void anyoneGetsThePublicKeyBrowsersSubscribeWith() {
        String key = given().get("/api/v1/notifications/web-push/key")
                .then().statusCode(200).body("publicKey", equalTo(keyring.publicKey().orElseThrow()))
                .extract().path("publicKey");

        byte[] point = Base64.getUrlDecoder().decode(key);
        assertEquals(65, point.length, "an uncompressed P-256 point");
        assertEquals(4, point[0]);
    }

    @Test
    void withoutKeysTheKeyIsNotFound() {
        VapidKeyring off = new VapidKeyring(WebPushConfigs.of(null, null, null), false, Optional.empty());

        ApiException e = assertThrows(ApiException.class, () -> new WebPushKeyResource(off).key());

        assertEquals(ErrorCode.NOT_FOUND, e.code());
    }
}

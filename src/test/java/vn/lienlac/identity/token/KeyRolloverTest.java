package vn.lienlac.identity.token;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.ws.ChatClient;

/**
 * Issue 21, item 5: during a signing-key rollover both keys are valid. The server signs with the key in
 * {@code sign/private.pem} and names it in the token's {@code kid}; a token signed with the other key in
 * {@code verify/} (one a pod that has not restarted yet issued) is still accepted, over REST and WebSocket; a key
 * that is not mounted is refused whatever {@code kid} it claims.
 */
@QuarkusTest
@TestProfile(KeyRolloverProfile.class)
class KeyRolloverTest {

    private static final String INBOX = "/api/v1/chat/inbox?limit=1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/ws/chat")
    URI chatUri;

    @Inject
    ChatFixtures chat;

    @Test
    void theServerSignsWithTheMountedKeyAndNamesItsKid() {
        Person mother = chat.guardian("Trần Thị Mai");
        assertEquals(KeyRolloverProfile.id(KeyRolloverProfile.A), part(mother.token(), 0).get("kid"));
        given().auth().oauth2(mother.token()).get(INBOX).then().statusCode(200);
    }

    @Test
    void aTokenSignedWithTheOtherMountedKeyIsAcceptedOverRestAndWebSocket() {
        Person mother = chat.guardian("Trần Thị Mai");
        String old = resign(mother.token(), KeyRolloverProfile.B, KeyRolloverProfile.id(KeyRolloverProfile.B));
        given().auth().oauth2(old).get(INBOX).then().statusCode(200);
        try (ChatClient client = ChatClient.connect(chatUri, old)) {
            assertTrue(client.sync(new io.vertx.core.json.JsonObject()).containsKey("type"));
        }
    }

    @Test
    void aKeyThatIsNotMountedIsRefusedWhateverKidItClaims() {
        Person mother = chat.guardian("Trần Thị Mai");
        for (String kid : new String[] {KeyRolloverProfile.id(KeyRolloverProfile.A),
                KeyRolloverProfile.id(KeyRolloverProfile.B), KeyRolloverProfile.id(KeyRolloverProfile.C), null}) {
            String forged = resign(mother.token(), KeyRolloverProfile.C, kid);
            given().auth().oauth2(forged).get(INBOX).then().statusCode(401);
        }
        // and a token signed with the rollover key but naming the current one goes to the current key, and fails
        String mislabelled = resign(mother.token(), KeyRolloverProfile.B, KeyRolloverProfile.id(KeyRolloverProfile.A));
        given().auth().oauth2(mislabelled).get(INBOX).then().statusCode(401);
    }

    @Test
    void aBrokenHeaderDecidesNothingAndIsRefused() {
        assertNull(KeyRolloverTenantResolver.kidOf("Bearer !!!.x.y"));
        assertNull(KeyRolloverTenantResolver.kidOf("Bearer "
                + Base64.getUrlEncoder().encodeToString("[1]".getBytes(StandardCharsets.UTF_8)) + ".x.y"));
        assertNull(KeyRolloverTenantResolver.kidOf("Basic abc"));
        given().header("Authorization", "Bearer !!!.x.y").get(INBOX).then().statusCode(401);
    }

    private static String resign(String token, KeyPair key, String kid) {
        Map<String, Object> claims = part(token, 1);
        var jws = Jwt.claims(claims).jws();
        if (kid != null) {
            jws.keyId(kid);
        }
        return jws.sign(key.getPrivate());
    }

    private static Map<String, Object> part(String token, int index) {
        try {
            byte[] json = Base64.getUrlDecoder().decode(token.split("\\.")[index]);
            return JSON.readValue(new String(json, StandardCharsets.UTF_8), new TypeReference<>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

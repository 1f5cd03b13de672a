package vn.lienlac.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienlac.identity.session.TestSessions;
import vn.lienlac.identity.token.TokenConfig;
import vn.lienlac.identity.token.TokenIssuer;
import vn.lienlac.identity.token.TokenSubject;

@QuarkusTest
class TokenVerificationTest {

    @Inject
    TokenIssuer issuer;

    @Inject
    TokenConfig config;

    @Inject
    TestSessions sessions;

    @Test
    void ourTokenIsAcceptedWithItsSubjectAndRoles() {
        TestSessions.TestToken token = sessions.open(null, null, Set.of(Roles.ADMIN));
        given().auth().oauth2(token.accessToken()).when().get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("subject", equalTo(token.accountId().toString()))
                .body("roles", hasItem(Roles.ADMIN));
    }

    @Test
    void ourTokenOpensTheEndpointsItsRoleAllows() {
        String token = sessions.accessToken(Set.of(Roles.ADMIN));
        given().auth().oauth2(token).when().get("/api/v1/directory/districts").then().statusCode(200);
    }

    @Test
    void tokenWithoutTheRequiredRoleIsForbidden() {
        String token = sessions.accessToken(Set.of(Roles.GUARDIAN));
        given().auth().oauth2(token).when().get("/api/v1/directory/districts")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void tokenOfAnUnknownSessionIsRejected() {
        String token = issuer.issue(new TokenSubject(UUID.randomUUID().toString(), null, null, Set.of(Roles.ADMIN)),
                UUID.randomUUID()).token();
        assertUnauthenticated(token);
    }

    @Test
    void tokenNamingAnotherAccountsSessionIsRejected() {
        TestSessions.TestToken real = sessions.open(null, null, Set.of(Roles.ADMIN));
        String token = issuer.issue(new TokenSubject(UUID.randomUUID().toString(), null, null, Set.of(Roles.ADMIN)),
                real.sessionId()).token();
        assertUnauthenticated(token);
    }

    @Test
    void expiredTokenIsRejected() {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        String token = ours().issuedAt(anHourAgo.minusSeconds(600)).expiresAt(anHourAgo).sign();
        assertUnauthenticated(token);
    }

    @Test
    void tamperedTokenIsRejected() {
        String token = sessions.accessToken(Set.of(Roles.GUARDIAN));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"guardian\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertUnauthenticated(forged);
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        assertUnauthenticated(ours().issuer("https://issuer.example").sign());
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        assertUnauthenticated(ours().audience("another-api").sign());
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertUnauthenticated(ours().sign(generator.generateKeyPair().getPrivate()));
    }

    @Test
    void unsignedTokenIsRejected() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"" + config.issuer() + "\",\"aud\":\"" + config.audience()
                        + "\",\"sub\":\"x\",\"groups\":[\"admin\"],\"exp\":" + (Instant.now().getEpochSecond() + 600)
                        + "}").getBytes(StandardCharsets.UTF_8));
        assertUnauthenticated(header + "." + payload + ".");
    }

    @Test
    void garbageBearerTokenIsRejected() {
        assertUnauthenticated("not-a-token");
    }

    /** Claims like ours, naming a live session: each rejection test breaks exactly one property. */
    private JwtClaimsBuilder ours() {
        TestSessions.TestToken live = sessions.open(null, null, Set.of(Roles.ADMIN));
        return Jwt.issuer(config.issuer()).audience(config.audience()).subject(live.accountId().toString())
                .groups(Set.of(Roles.ADMIN)).claim(TokenIssuer.SESSION_CLAIM, live.sessionId().toString());
    }

    private static ValidatableResponse assertUnauthenticated(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/directory/districts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", not(emptyOrNullString()))
                .body("code", equalTo("UNAUTHENTICATED"));
    }
}

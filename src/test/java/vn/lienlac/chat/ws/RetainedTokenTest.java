package vn.lienlac.chat.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;

class RetainedTokenTest {

    /** A verified token as the OIDC mechanism presents it (its principal extends this one). */
    private static JsonWebToken verified(String json) throws InvalidJwtException {
        return new DefaultJWTCallerPrincipal("eyJhbGciOi.e30.c2ln", "JWT", JwtClaims.parse(json));
    }

    @Test
    void keepsTheClaimsChatReadsAndNotTheEncodedToken() throws InvalidJwtException {
        JsonWebToken token = verified("""
                {"iss":"https://lienlac.vn","aud":"lienlac-api","sub":"f51c0062","exp":1900000000,"iat":1800000000,
                 "sid":"4411157f","phone":"+84900000342","staff_code":"GV01","groups":["teacher"]}""");

        JsonWebToken kept = RetainedToken.of(token);

        assertEquals(token.getName(), kept.getName());
        assertEquals("https://lienlac.vn", kept.getIssuer());
        assertEquals("f51c0062", kept.getSubject());
        assertEquals(1_900_000_000L, kept.getExpirationTime());
        assertEquals(token.getClaim("sid").toString(), kept.getClaim("sid").toString());
        assertEquals(token.getClaim("phone").toString(), kept.getClaim("phone").toString());
        assertEquals(token.getClaim("staff_code").toString(), kept.getClaim("staff_code").toString());
        assertEquals("eyJhbGciOi.e30.c2ln", token.getRawToken());
        assertNull(kept.getRawToken());
        assertNull(kept.getClaim("aud"));
        assertNull(kept.getClaim("groups"));
        assertEquals(Set.of("iss", "sub", "exp", "sid", "phone", "staff_code"), kept.getClaimNames());
    }

    @Test
    void aClaimTheTokenLacksStaysAbsent() throws InvalidJwtException {
        JsonWebToken kept = RetainedToken.of(verified("{\"iss\":\"https://sso.example\",\"sub\":\"x\"}"));

        assertEquals("x", kept.getSubject());
        assertNull(kept.getClaim("phone"));
        assertNull(kept.getClaim("sid"));
    }
}

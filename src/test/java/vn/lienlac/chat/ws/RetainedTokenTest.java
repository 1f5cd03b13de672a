package vn.lienlac.chat.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class RetainedTokenTest {

    /** A verified token as the OIDC principal presents it. */
    private record Verified(Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return "f51c0062";
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }

    @Test
    void keepsTheClaimsChatReadsAndNotTheEncodedToken() {
        JsonWebToken verified = new Verified(Map.of("iss", "https://lienlac.vn", "sub", "f51c0062",
                "exp", 1_900_000_000L, "sid", "4411157f", "phone", "+84900000342", "staff_code", "GV01",
                "aud", Set.of("lienlac-api"), "groups", Set.of("teacher"), "raw_token", "eyJhbGciOi.e30.c2ln"));

        JsonWebToken kept = RetainedToken.of(verified);

        assertEquals("f51c0062", kept.getName());
        assertEquals("https://lienlac.vn", kept.getIssuer());
        assertEquals("f51c0062", kept.getSubject());
        assertEquals(1_900_000_000L, kept.getExpirationTime());
        assertEquals("4411157f", kept.getClaim("sid"));
        assertEquals("+84900000342", kept.getClaim("phone"));
        assertEquals("GV01", kept.getClaim("staff_code"));
        assertNull(kept.getRawToken());
        assertNull(kept.getClaim("aud"));
        assertEquals(Set.of("iss", "sub", "exp", "sid", "phone", "staff_code"), kept.getClaimNames());
    }

    @Test
    void aClaimTheTokenLacksStaysAbsent() {
        JsonWebToken kept = RetainedToken.of(new Verified(Map.of("iss", "https://sso.example", "sub", "x")));

        assertEquals(Set.of("iss", "sub"), kept.getClaimNames());
        assertNull(kept.getClaim("phone"));
    }
}

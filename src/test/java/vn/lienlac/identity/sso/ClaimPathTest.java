package vn.lienlac.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;

class ClaimPathTest {

    @Test
    void topLevelClaimIsRead() {
        assertEquals(Optional.of("GV-001"), ClaimPath.of("staff_code").read(token("{\"staff_code\":\"GV-001\"}")));
    }

    @Test
    void dottedPathReachesIntoObjects() {
        JsonWebToken token = token("{\"attributes\":{\"ma_can_bo\":\"GV-002\",\"khac\":1}}");
        assertEquals(Optional.of("GV-002"), ClaimPath.of("attributes.ma_can_bo").read(token));
    }

    @Test
    void valueIsTrimmed() {
        assertEquals(Optional.of("GV-003"), ClaimPath.of("staff_code").read(token("{\"staff_code\":\"  GV-003 \"}")));
    }

    @Test
    void singleValuedArrayCountsAsItsElement() {
        assertEquals(Optional.of("GV-004"), ClaimPath.of("staff_code").read(token("{\"staff_code\":[\"GV-004\"]}")));
    }

    @Test
    void severalValuesNameNobody() {
        assertEquals(Optional.empty(), ClaimPath.of("staff_code").read(token("{\"staff_code\":[\"GV-5\",\"GV-6\"]}")));
    }

    @Test
    void missingBlankOrNonStringClaimNamesNobody() {
        ClaimPath path = ClaimPath.of("a.b");
        assertEquals(Optional.empty(), path.read(token("{\"x\":\"GV-7\"}")));
        assertEquals(Optional.empty(), path.read(token("{\"a\":\"GV-7\"}")));
        assertEquals(Optional.empty(), path.read(token("{\"a\":{\"b\":\"  \"}}")));
        assertEquals(Optional.empty(), path.read(token("{\"a\":{\"b\":7}}")));
        assertEquals(Optional.empty(), path.read(token("{\"a\":{\"b\":{\"c\":\"GV-7\"}}}")));
    }

    @Test
    void pathWithAnEmptyNameIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> ClaimPath.of("attributes..ma_can_bo"));
        assertThrows(IllegalArgumentException.class, () -> ClaimPath.of("staff_code."));
    }

    private static JsonWebToken token(String claimsJson) {
        try {
            return new DefaultJWTCallerPrincipal(JwtClaims.parse(claimsJson));
        } catch (InvalidJwtException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

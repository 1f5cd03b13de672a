package vn.lienlac.identity.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class RefreshTokensTest {

    @Test
    void aTokenIs256RandomBitsInBase64Url() {
        String token = RefreshTokens.generate();

        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"));
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertNotEquals(token, RefreshTokens.generate());
    }

    @Test
    void theStoredFormIsTheHexSha256() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", RefreshTokens.hash(""));
        assertTrue(RefreshTokens.hash(RefreshTokens.generate()).matches("[0-9a-f]{64}"));
    }
}

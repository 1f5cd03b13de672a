package vn.lienlac.identity.session;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import vn.lienlac.platform.Sha256;

/**
 * Refresh token values: 256 random bits, base64url without padding (43 characters). Only their SHA-256 is stored,
 * so a copy of the database does not let anyone refresh.
 */
final class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private RefreshTokens() {
    }

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form: hex SHA-256 of the token's characters. */
    static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }
}

package vn.lienlac.identity.apikey;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import vn.lienlac.platform.Sha256;

/** The shape of an API key: {@code llk_} and 256 random bits in base64url; only its SHA-256 is stored. */
final class ApiKeySecrets {

    static final String PREFIX = "llk_";
    static final int DISPLAY_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean looksLikeKey(String token) {
        return token.startsWith(PREFIX);
    }

    static String hash(String secret) {
        return Sha256.hex(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** What lists show to tell keys apart: the first characters, never enough to use. */
    static String displayPrefix(String secret) {
        return secret.substring(0, DISPLAY_LENGTH);
    }
}

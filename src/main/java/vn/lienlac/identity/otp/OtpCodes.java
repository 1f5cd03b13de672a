package vn.lienlac.identity.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Six-digit codes and their stored form. Only {@code HMAC-SHA256(key, phone + ":" + code)} is kept: without the key
 * a database copy does not give away live codes (a plain hash of a 6-digit code is reversed by trying all 10^6),
 * and the phone in the input makes a hash useless for any other number.
 */
final class OtpCodes {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int CODE_SPACE = 1_000_000;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    OtpCodes(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** A uniformly random code of exactly six digits, leading zeros included. */
    String generate() {
        return String.format("%06d", random.nextInt(CODE_SPACE));
    }

    /** Lower-case hex of the HMAC of phone and code. */
    String hash(String phoneE164, String code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((phoneE164 + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
        }
    }

    /** Whether the code is the one behind the stored hash, compared in constant time. */
    boolean matches(String phoneE164, String code, String storedHash) {
        byte[] given = hash(phoneE164, code).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

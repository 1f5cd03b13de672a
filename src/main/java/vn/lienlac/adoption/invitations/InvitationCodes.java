package vn.lienlac.adoption.invitations;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The short link's code: 16 characters of lower-case base32 (RFC 4648's alphabet {@code a-z2-7}), 80 bits from
 * {@link SecureRandom}: short enough for an SMS, unguessable, and case-insensitive when typed.
 */
final class InvitationCodes {

    static final int LENGTH = 16;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[a-z2-7]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    /** A fresh code: 16 × 5 random bits. */
    static String next() {
        byte[] bytes = new byte[LENGTH * 5 / 8];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                code.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return code.toString();
    }

    /** The code as stored (lower case), or null when it cannot be one. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String code = text.trim().toLowerCase(Locale.ROOT);
        return FORMAT.matcher(code).matches() ? code : null;
    }
}

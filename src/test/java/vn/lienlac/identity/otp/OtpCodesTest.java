package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OtpCodesTest {

    private final OtpCodes codes =
            new OtpCodes("a-test-key-of-more-than-32-characters".getBytes(StandardCharsets.UTF_8));

    @Test
    void codesAreSixDigitsAndVary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = codes.generate();
            assertTrue(code.matches("\\d{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 150, "200 codes gave only " + seen.size() + " distinct values");
    }

    @Test
    void hashIsHexHmacThatDependsOnThePhone() {
        String hash = codes.hash("+84912345678", "012345");

        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains("012345"));
        assertNotEquals(hash, codes.hash("+84912345679", "012345"));
    }

    @Test
    void hashDependsOnTheKey() {
        OtpCodes other = new OtpCodes("another-key-of-more-than-32-characters".getBytes(StandardCharsets.UTF_8));

        assertNotEquals(codes.hash("+84912345678", "012345"), other.hash("+84912345678", "012345"));
    }

    @Test
    void onlyTheRightCodeMatches() {
        String stored = codes.hash("+84912345678", "012345");

        assertTrue(codes.matches("+84912345678", "012345", stored));
        assertFalse(codes.matches("+84912345678", "012346", stored));
        assertFalse(codes.matches("+84912345679", "012345", stored));
        assertFalse(codes.matches("+84912345678", "", stored));
    }
}

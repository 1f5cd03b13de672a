package vn.lienlac.identity.otp;

import java.time.Instant;

/** The latest challenge of a phone as stored; {@code codeHash} is the HMAC, never the code. */
record StoredChallenge(long id, String codeHash, Instant expiresAt, int attempts, Instant consumedAt) {

    /** Can still be answered: not used, not expired, and fewer than {@code maxAttempts} wrong codes so far. */
    boolean live(Instant now, int maxAttempts) {
        return consumedAt == null && now.isBefore(expiresAt) && attempts < maxAttempts;
    }

    @Override
    public String toString() {
        return "StoredChallenge[id=" + id + ", expiresAt=" + expiresAt + ", attempts=" + attempts + "]";
    }
}

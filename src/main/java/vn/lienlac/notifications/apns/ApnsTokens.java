package vn.lienlac.notifications.apns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The provider authentication token: an ES256 JWT ({@code kid} = key id; {@code iss} = team id, {@code iat}) signed
 * with the .p8 key by jose4j, reused for {@code lifetime} (APNs refuses one older than an hour and answers
 * TooManyProviderTokenUpdates to a new one more often than every 20 minutes). Signing takes well under a millisecond,
 * once per lifetime, so it runs where it is asked for.
 */
final class ApnsTokens {

    private final ApnsSigningKey key;
    private final Clock clock;
    private final Duration lifetime;
    private String token;
    private Instant issuedAt;

    ApnsTokens(ApnsSigningKey key, Clock clock, Duration lifetime) {
        this.key = key;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    synchronized String bearer() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(issuedAt.plus(lifetime))) {
            token = sign(now);
            issuedAt = now;
        }
        return token;
    }

    /** APNs answered ExpiredProviderToken to this one: the next send signs a new one. */
    synchronized void invalidate(String bearer) {
        if (bearer.equals(token)) {
            token = null;
        }
    }

    private String sign(Instant now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(key.teamId());
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.key());
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("APNs: cannot sign the provider token: " + e.getMessage(), e);
        }
    }
}

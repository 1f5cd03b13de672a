package vn.lienlac.identity.token;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Signs our short-lived access tokens (RS256). A token names the account ({@code sub}), the sign-in session it
 * belongs to ({@code sid}, so revoking the session ends it) and the account's roles ({@code groups}); what those
 * roles reach (which school, class, child) is decided per request by the access policy, never frozen in the token.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String SESSION_CLAIM = "sid";
    public static final String PHONE_CLAIM = "phone";
    public static final String STAFF_CODE_CLAIM = "staff_code";

    private final TokenConfig config;
    private final Clock clock;

    public TokenIssuer(TokenConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public AccessToken issue(TokenSubject subject, UUID sessionId) {
        return issue(subject, sessionId, config.accessTtl());
    }

    /** A token that expires {@code ttl} from now (the configured lifetime is {@link TokenConfig#accessTtl}). */
    public AccessToken issue(TokenSubject subject, UUID sessionId, Duration ttl) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(subject.accountId())
                .groups(subject.roles())
                .claim(SESSION_CLAIM, sessionId.toString())
                .issuedAt(now)
                .expiresAt(expiresAt);
        if (subject.phone() != null) {
            claims.claim(PHONE_CLAIM, subject.phone());
        }
        if (subject.staffCode() != null) {
            claims.claim(STAFF_CODE_CLAIM, subject.staffCode());
        }
        var jws = claims.jws();
        config.keyId().ifPresent(jws::keyId);
        return new AccessToken(jws.sign(), expiresAt);
    }

    /** A signed access token and when it expires. */
    public record AccessToken(String token, Instant expiresAt) {
    }
}

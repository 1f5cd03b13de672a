package vn.lienlac.identity.session;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.lienlac.identity.token.TokenConfig;
import vn.lienlac.identity.token.TokenIssuer;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Reads the account and session out of an identity built from one of our access tokens (issuer ours). The
 * break-glass admin token and the SSO provider's tokens carry no session of ours.
 */
@ApplicationScoped
public class SessionClaims {

    static final String NOT_A_SESSION = "Thao tác này cần phiên đăng nhập của một tài khoản Liên Lạc.";

    private final String issuer;

    public SessionClaims(TokenConfig config) {
        this.issuer = config.issuer();
    }

    /** Whether the identity comes from one of our access tokens. */
    public boolean isOurs(SecurityIdentity identity) {
        return !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                && issuer.equals(jwt.getIssuer());
    }

    /** Our token's session and account; empty when either claim is missing or malformed. */
    public Optional<CallerSession> of(SecurityIdentity identity) {
        if (!isOurs(identity)) {
            return Optional.empty();
        }
        JsonWebToken jwt = (JsonWebToken) identity.getPrincipal();
        UUID sessionId = uuid(jwt.getClaim(TokenIssuer.SESSION_CLAIM));
        UUID accountId = uuid(jwt.getSubject());
        return sessionId == null || accountId == null
                ? Optional.empty()
                : Optional.of(new CallerSession(accountId, sessionId));
    }

    /** The caller's session; {@code FORBIDDEN} for identities that have none (the admin token, SSO tokens). */
    public CallerSession require(SecurityIdentity identity) {
        return of(identity).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, NOT_A_SESSION));
    }

    private static UUID uuid(Object claim) {
        String text = claim instanceof JsonString json ? json.getString() : Objects.toString(claim, null);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package vn.lienlac.identity.session;

import java.time.Instant;
import java.util.UUID;
import vn.lienlac.identity.session.RefreshTokenStore.IssuedToken;
import vn.lienlac.identity.token.TokenIssuer.AccessToken;

/**
 * What a successful sign-in or refresh answers: a short-lived access token for {@code Authorization: Bearer}, and
 * a one-time refresh token for {@code POST /api/v1/auth/refresh}.
 *
 * @param sessionId the session both tokens belong to (the access token's {@code sid})
 */
public record TokenPair(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
        Instant refreshTokenExpiresAt, UUID sessionId) {

    static TokenPair of(AccessToken access, IssuedToken refresh, UUID sessionId) {
        return new TokenPair(access.token(), access.expiresAt(), refresh.token(), refresh.expiresAt(), sessionId);
    }

    /** Without the tokens. */
    @Override
    public String toString() {
        return "TokenPair[sessionId=" + sessionId + "]";
    }
}

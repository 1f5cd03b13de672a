package vn.lienlac.identity.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Our access tokens. The signing key is {@code smallrye.jwt.sign.key} (PEM, from a secret: SMALLRYE_JWT_SIGN_KEY);
 * verification uses the matching {@code quarkus.oidc.public-key} (QUARKUS_OIDC_PUBLIC_KEY).
 */
@ConfigMapping(prefix = "lienlac.tokens")
public interface TokenConfig {

    /** The {@code iss} claim of our tokens; the verifier accepts only this issuer for the default tenant. */
    @WithDefault("https://lienlac.vn")
    String issuer();

    /** The {@code aud} claim of our tokens; the verifier rejects tokens for any other audience. */
    @WithDefault("lienlac-api")
    String audience();

    /** How long an access token is valid: also the longest a revoked or deactivated person keeps access. */
    @WithDefault("10M")
    Duration accessTtl();
}

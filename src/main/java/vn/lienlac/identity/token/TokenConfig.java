package vn.lienlac.identity.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Our access tokens. In production the keys are files from a Secret ({@link #keysDir()}, docs/auth.md, "Rotating the
 * signing key"); otherwise the signing key is {@code smallrye.jwt.sign.key} (PEM: SMALLRYE_JWT_SIGN_KEY) and
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

    /**
     * The directory of the token keys ({@code sign/private.pem}, {@code verify/*.pem}); read at start by
     * {@link TokenKeysConfigSourceFactory}.
     */
    Optional<String> keysDir();

    /** The {@code kid} of the signing key, set from {@link #keysDir()}; tokens carry it in their header. */
    Optional<String> keyId();

    /** The other key accepted during a rollover, set from {@link #keysDir()}. */
    Rollover rollover();

    /** The second public key of a signing-key rollover (the quarkus-oidc tenant {@code rollover}). */
    interface Rollover {

        @WithDefault("false")
        boolean enabled();

        Optional<String> keyId();

        Optional<String> publicKey();
    }
}

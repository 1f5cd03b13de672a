package vn.lienlac.identity.sso;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Staff sign-in through the education sector's OpenID Connect provider. The provider itself is the quarkus-oidc
 * tenant {@value SsoIdentityAugmentor#TENANT} ({@code quarkus.oidc.sso.*}); see docs/auth-sso.md.
 */
@ConfigMapping(prefix = "lienlac.sso")
public interface SsoConfig {

    /** Accept tokens of the sector SSO (LIENLAC_SSO_ENABLED); also needs QUARKUS_OIDC_SSO_AUTH_SERVER_URL. */
    @WithDefault("false")
    boolean enabled();

    /** The access-token claim holding the staff code; a dotted path (e.g. {@code attributes.ma_can_bo}) reaches into objects. */
    @WithDefault("staff_code")
    String staffCodeClaim();

    /**
     * The SSO's public client for the web app (LIENLAC_SSO_WEB_CLIENT_ID): set, the sign-in page offers the SSO
     * (authorization code with PKCE in the browser); unset, it does not.
     */
    Optional<String> webClientId();
}

package vn.lienlac.identity.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** Sign-in sessions and their refresh tokens. */
@ConfigMapping(prefix = "lienlac.sessions")
public interface SessionConfig {

    /** How long an unused refresh token stays valid; each refresh issues a new one (sliding lifetime). */
    @WithDefault("30D")
    Duration refreshTtl();

    /** The absolute lifetime of a session: after it the person signs in again, however often they refreshed. */
    @WithDefault("60D")
    Duration sessionMaxAge();

    /** The most live sessions (devices) per account; a new sign-in beyond it revokes the oldest. */
    @WithDefault("20")
    @Min(1)
    int maxSessionsPerAccount();
}

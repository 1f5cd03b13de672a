package vn.lienlac.identity;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Interim protection until accounts and tokens land: one bearer token that grants the {@code admin} role.
 */
@ConfigMapping(prefix = "lienlac.admin")
public interface AdminTokenConfig {

    /** The admin bearer token (from the environment: LIENLAC_ADMIN_TOKEN); required in production. */
    Optional<String> token();
}

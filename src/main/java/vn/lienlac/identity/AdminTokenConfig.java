package vn.lienlac.identity;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The break-glass credential for operators: one bearer token that grants the {@code admin} role, beside accounts
 * and tokens (docs/auth.md).
 */
@ConfigMapping(prefix = "lienlac.admin")
public interface AdminTokenConfig {

    /** The admin bearer token (from the environment: LIENLAC_ADMIN_TOKEN); required in production. */
    Optional<String> token();
}

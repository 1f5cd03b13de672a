package vn.lienlac.identity.password;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Staff passwords. */
@ConfigMapping(prefix = "lienlac.passwords")
public interface PasswordConfig {

    /** bcrypt cost (log2 of the rounds) for new hashes: 12 takes about a quarter of a second on one core. */
    @WithDefault("12")
    @Min(10)
    @Max(16)
    int bcryptCost();
}

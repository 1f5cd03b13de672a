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

    /**
     * Failed sign-ins allowed for one account, whichever login reached it (phone or staff code), per
     * {@link #failureWindow()}; then 429. A login that reaches no account gets the same allowance of its own.
     */
    @WithDefault("10")
    int maxFailuresPerLogin();

    /** Failed sign-ins allowed from one client address (IPv6: its /64) per {@link #failureWindow()}; then 429. */
    @WithDefault("50")
    int maxFailuresPerClient();

    /** The sliding window over which failures are counted. */
    @WithDefault("15M")
    java.time.Duration failureWindow();
}

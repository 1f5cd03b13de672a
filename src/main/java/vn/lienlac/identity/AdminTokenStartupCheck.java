package vn.lienlac.identity;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Refuses to start a production server whose write endpoints could not be protected. */
@ApplicationScoped
public class AdminTokenStartupCheck {

    static final int MIN_LENGTH = 16;

    void check(@Observes StartupEvent event, AdminTokenConfig config) {
        String token = config.token().orElse("");
        if (LaunchMode.current() == LaunchMode.NORMAL && token.length() < MIN_LENGTH) {
            throw new IllegalStateException("Set LIENLAC_ADMIN_TOKEN to a random string of at least " + MIN_LENGTH
                    + " characters (for example: openssl rand -hex 32); the import and directory endpoints need it.");
        }
    }
}

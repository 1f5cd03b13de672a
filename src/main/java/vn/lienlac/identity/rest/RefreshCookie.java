package vn.lienlac.identity.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.time.Duration;
import vn.lienlac.identity.session.TokenPair;

/**
 * The browser's refresh cookie: HttpOnly (scripts never read it), Secure (HTTPS only; browsers also keep it on
 * http://localhost), SameSite=Strict (never sent by another site's page), and sent only to the web sign-in path.
 */
@ApplicationScoped
public class RefreshCookie {

    /** Where the web app signs in, refreshes and signs out; the only path the cookie is sent to. */
    public static final String PATH = "/api/v1/auth/web";
    public static final String NAME = "lienlac_refresh";

    /** The web sign-in's settings ({@code lienlac.web.*}). */
    @ConfigMapping(prefix = "lienlac.web")
    public interface WebConfig {

        /** Mark the refresh cookie Secure; turn off only to try the app over plain HTTP on another host than localhost. */
        @WithDefault("true")
        boolean secureCookie();
    }

    private final WebConfig config;
    private final Clock clock;

    public RefreshCookie(WebConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The cookie holding the pair's refresh token until it expires. */
    NewCookie of(TokenPair pair) {
        long seconds = Math.max(0, Duration.between(clock.instant(), pair.refreshTokenExpiresAt()).getSeconds());
        return builder(pair.refreshToken()).maxAge((int) Math.min(Integer.MAX_VALUE, seconds)).build();
    }

    /** Removes the cookie. */
    NewCookie expired() {
        return builder("").maxAge(0).build();
    }

    private NewCookie.Builder builder(String value) {
        return new NewCookie.Builder(NAME).value(value).path(PATH).httpOnly(true).secure(config.secureCookie())
                .sameSite(NewCookie.SameSite.STRICT);
    }
}

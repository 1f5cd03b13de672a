package vn.lienlac.identity.sso;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The realm {@link KeycloakResource} started for the running test class: its URL, this run's codes and password. */
@ApplicationScoped
public class TestRealm {

    @ConfigProperty(name = KeycloakResource.UNAVAILABLE)
    Optional<String> unavailable;

    @ConfigProperty(name = KeycloakResource.REALM_URL)
    Optional<String> url;

    @ConfigProperty(name = KeycloakResource.CODE_SUFFIX)
    Optional<String> codeSuffix;

    @ConfigProperty(name = KeycloakResource.PASSWORD)
    Optional<String> password;

    /** Skips the calling test, saying why, where Keycloak could not run (no Java 21+, no distribution). */
    public void assumeRunning() {
        assumeTrue(unavailable.isEmpty(), () -> "SSO tests skipped: " + unavailable.orElse(""));
    }

    /** The realm's issuer URL, e.g. http://127.0.0.1:41763/realms/nganh-gd. */
    public String url() {
        return url.orElseThrow();
    }

    /** This run's staff code of a realm user: {@code <prefix>-<suffix>}, e.g. GV-LAN-1A2B3C4D for gv.lan. */
    public String staffCode(String prefix) {
        return prefix + "-" + codeSuffix.orElseThrow();
    }

    /** Every realm user's password in this run. */
    public String password() {
        return password.orElseThrow();
    }
}

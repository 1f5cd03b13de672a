package vn.lienlac.identity.sso;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.http.ConnectSources;

/**
 * What the web app needs to sign staff in at the sector SSO itself (authorization code with PKCE, in the browser):
 * the provider's authorization and token endpoints, read from its discovery document at the {@code sso} tenant's
 * URL (non-blocking, once, kept after the first success), and the public client configured for browsers. On when
 * the SSO is ({@code lienlac.sso.enabled}) and {@code lienlac.sso.web-client-id} is set. The app calls the token
 * endpoint from the page, so its origin (the provider's) joins the app's CSP {@code connect-src}.
 */
@ApplicationScoped
public class SsoWebClient implements ConnectSources {

    static final String UNREACHABLE = "Chưa kết nối được hệ thống đăng nhập một lần (SSO) của ngành. Vui lòng thử lại"
            + " sau.";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(SsoWebClient.class);

    /** The answer of {@code GET /api/v1/auth/web/sso}: {@code {"enabled": false}}, or where and as whom to sign in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Settings(boolean enabled, String authorizationEndpoint, String tokenEndpoint, String clientId,
            String scope) {

        static final Settings OFF = new Settings(false, null, null, null, null);
    }

    private final String clientId;
    private final String issuerUrl;
    private final Vertx vertx;
    private WebClient client;
    private volatile Settings discovered;

    public SsoWebClient(SsoConfig config, @ConfigProperty(name = "quarkus.oidc.sso.auth-server-url")
            Optional<String> authServerUrl, Vertx vertx) {
        boolean on = config.enabled() && config.webClientId().filter(id -> !id.isBlank()).isPresent()
                && authServerUrl.filter(url -> !url.isBlank()).isPresent();
        this.clientId = on ? config.webClientId().get().strip() : null;
        this.issuerUrl = on ? authServerUrl.get().strip().replaceAll("/+$", "") : null;
        this.vertx = vertx;
    }

    public boolean enabled() {
        return clientId != null;
    }

    /** The provider's origin (its token endpoint's, as for Keycloak), when the web app signs in there. */
    @Override
    public Set<String> origins() {
        return enabled() ? Set.of(origin(issuerUrl)) : Set.of();
    }

    /** {@link Settings#OFF}, or the endpoints; fails with {@code UNAVAILABLE} while the provider cannot be reached. */
    public Uni<Settings> settings() {
        if (!enabled()) {
            return Uni.createFrom().item(Settings.OFF);
        }
        Settings known = discovered;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return client().getAbs(issuerUrl + "/.well-known/openid-configuration").timeout(TIMEOUT.toMillis()).send()
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("discovery answered " + response.statusCode());
                    }
                    JsonObject document = response.bodyAsJsonObject();
                    Settings settings = new Settings(true, document.getString("authorization_endpoint"),
                            document.getString("token_endpoint"), clientId, "openid");
                    if (settings.authorizationEndpoint() == null || settings.tokenEndpoint() == null) {
                        throw new IllegalStateException("discovery has no authorization or token endpoint");
                    }
                    if (!origin(settings.tokenEndpoint()).equals(origin(issuerUrl))) {
                        LOG.warnf("The SSO's token endpoint %s is not on the origin of %s: the web app's CSP will"
                                + " block the sign-in", settings.tokenEndpoint(), issuerUrl);
                    }
                    discovered = settings;
                    return settings;
                })
                .onFailure().transform(e -> {
                    LOG.warnf("SSO discovery at %s failed: %s", issuerUrl, e.getMessage());
                    return new ApiException(ErrorCode.UNAVAILABLE, UNREACHABLE);
                });
    }

    private synchronized WebClient client() {
        if (client == null) {
            client = WebClient.create(vertx, new WebClientOptions()
                    .setConnectTimeout((int) TIMEOUT.toMillis()).setUserAgent("lienlac-sso"));
        }
        return client;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}

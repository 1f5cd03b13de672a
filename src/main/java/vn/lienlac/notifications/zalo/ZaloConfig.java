package vn.lienlac.notifications.zalo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Zalo Notification Service (ZNS): the OA's token (or how to refresh it), the template per kind, the webhook. */
@ConfigMapping(prefix = "lienlac.notifications.zalo")
public interface ZaloConfig {

    /** The ZNS send endpoint. */
    @WithDefault("https://business.openapi.zalo.me/message/template")
    String url();

    /** The OA access token (header {@code access_token}); may be left unset when it can be refreshed. */
    Optional<String> accessToken();

    /** The Zalo app id: for the token refresh and the webhook signature. */
    Optional<String> appId();

    /** The Zalo app's secret key: sent as header {@code secret_key} to the token refresh. */
    Optional<String> appSecret();

    /** The OA refresh token (single use: Zalo answers a new one with every refresh). */
    Optional<String> refreshToken();

    /** The OAuth endpoint that turns a refresh token into an access token. */
    @WithDefault("https://oauth.zaloapp.com/v4/oa/access_token")
    String oauthUrl();

    /** The approved ZNS template id per item kind (lower case), e.g. {@code templates.attendance=412345}. */
    Map<String, String> templates();

    /** How long to wait for Zalo before the attempt counts as a timeout (retried). */
    @WithDefault("10s")
    Duration timeout();

    /**
     * Connections this pod keeps open to Zalo: the sends in flight at once (HTTP/1.1, one request per connection).
     * The sender has at most {@code lienlac.notifications.outbox.channel-concurrency} in flight per channel.
     */
    @WithDefault("32")
    int maxConnections();

    /** The OA secret key that signs webhook events ({@code X-ZEvent-Signature}); unset refuses every event (401). */
    Optional<String> oaSecretKey();
}

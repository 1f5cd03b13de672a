package vn.lienlac.notifications.fcm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Firebase Cloud Messaging (HTTP v1) for native apps built on our API; docs/notifications.md. */
@ConfigMapping(prefix = "lienlac.notifications.fcm")
public interface FcmConfig {

    /** Path of the Firebase service account's JSON key file; the channel is off while neither this nor the JSON is set. */
    Optional<String> serviceAccountFile();

    /** The service account's JSON key itself (a secret mounted as an environment variable); wins over the file. */
    Optional<String> serviceAccountJson();

    /** The Firebase project to send through; defaults to the key's {@code project_id}. */
    Optional<String> projectId();

    /** Where the HTTP v1 API lives (tests point it at a local fake; the token URL comes from the key's token_uri). */
    @WithDefault("https://fcm.googleapis.com")
    String baseUrl();

    /** How long to wait for FCM (or the token endpoint) before the attempt is retried. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * Connections this pod keeps open to FCM: the sends in flight at once (HTTP/1.1, one request per connection).
     * The sender has at most {@code lienlac.notifications.outbox.channel-concurrency} in flight per channel.
     */
    @WithDefault("32")
    int maxConnections();

    /** An OAuth access token is replaced this long before it expires. */
    @WithDefault("5m")
    Duration tokenRefreshMargin();

    /** How long FCM keeps a message for an offline device ({@code android.ttl}). */
    @WithDefault("24h")
    Duration ttl();
}

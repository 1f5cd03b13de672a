package vn.lienlac.notifications.webpush;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Web Push (docs/notifications.md, "Web Push"): the VAPID identity and how long push services keep a message. */
@ConfigMapping(prefix = "lienlac.notifications.web-push")
public interface WebPushConfig {

    /** The VAPID public key: the uncompressed P-256 point (65 bytes), base64url; unset: Web Push is off (prod). */
    Optional<String> publicKey();

    /** The VAPID private key: the P-256 scalar (32 bytes), base64url; a secret. */
    Optional<String> privateKey();

    /** Who push services may contact about our traffic: "mailto:…" or "https://…" (required with the keys). */
    Optional<String> subject();

    /** How long a push service keeps a message for a device that is offline (the TTL header). */
    @WithDefault("PT24H")
    Duration ttl();

    /** How long to wait for a push service's answer before the attempt is retried. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Connections kept open to each push service (FCM's, Mozilla's, Apple's, ...). */
    @WithDefault("32")
    int maxConnections();
}

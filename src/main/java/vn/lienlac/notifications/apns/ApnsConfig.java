package vn.lienlac.notifications.apns;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Apple Push Notification service, token-based (a .p8 signing key), over HTTP/2; docs/notifications.md. */
@ConfigMapping(prefix = "lienlac.notifications.apns")
public interface ApnsConfig {

    /** Path of the APNs signing key (.p8, PKCS#8 PEM) from the Apple developer account. */
    Optional<String> keyFile();

    /** The same key as PEM text (a secret mounted as an environment variable); wins over the file. */
    Optional<String> key();

    /** The key's 10-character Key ID (the provider JWT's {@code kid}). */
    Optional<String> keyId();

    /** The 10-character Team ID of the developer account (the provider JWT's {@code iss}). */
    Optional<String> teamId();

    /** The app's bundle id ({@code apns-topic}) when the device's endpoint keys name none. */
    Optional<String> topic();

    /** Production APNs. */
    @WithDefault("https://api.push.apple.com")
    String baseUrl();

    /** The development environment, for endpoints registered with {@code "sandbox": true}. */
    @WithDefault("https://api.sandbox.push.apple.com")
    String sandboxUrl();

    /** PEM certificates to trust instead of the JVM's trust store (tests: the fake's self-signed certificate). */
    Optional<String> trustCertificates();

    /** How long one provider JWT is reused; APNs wants a new one at least hourly and at most every 20 minutes. */
    @WithDefault("50m")
    Duration tokenLifetime();

    /** How long APNs keeps trying an offline device ({@code apns-expiration} = now + this). */
    @WithDefault("24h")
    Duration expiration();

    /** The notification sound ({@code aps.sound}). */
    @WithDefault("default")
    String sound();

    /** How long to wait for APNs before the attempt is retried. */
    @WithDefault("10s")
    Duration timeout();
}

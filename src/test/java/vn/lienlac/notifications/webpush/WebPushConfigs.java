package vn.lienlac.notifications.webpush;

import java.time.Duration;
import java.util.Optional;

/** A {@link WebPushConfig} with the given keys and subject (null: unset) and the defaults otherwise. */
final class WebPushConfigs {

    private WebPushConfigs() {
    }

    static WebPushConfig of(String publicKey, String privateKey, String subject) {
        return new WebPushConfig() {
            @Override
            public Optional<String> publicKey() {
                return Optional.ofNullable(publicKey);
            }

            @Override
            public Optional<String> privateKey() {
                return Optional.ofNullable(privateKey);
            }

            @Override
            public Optional<String> subject() {
                return Optional.ofNullable(subject);
            }

            @Override
            public Duration ttl() {
                return Duration.ofHours(24);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public int maxConnections() {
                return 32;
            }
        };
    }
}

package vn.lienlac.notifications.fcm;

import java.time.Duration;
import java.util.Optional;

/** An {@link FcmConfig} for tests that build the channel themselves, pointed at a fake. */
record TestFcmConfig(Optional<String> serviceAccountJson, String baseUrl) implements FcmConfig {

    @Override
    public Optional<String> serviceAccountFile() {
        return Optional.empty();
    }

    @Override
    public Optional<String> projectId() {
        return Optional.empty();
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(5);
    }

    @Override
    public int maxConnections() {
        return 8;
    }

    @Override
    public Duration tokenRefreshMargin() {
        return Duration.ofMinutes(5);
    }

    @Override
    public Duration ttl() {
        return Duration.ofHours(24);
    }
}

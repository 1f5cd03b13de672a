package vn.lienlac.notifications.apns;

import java.time.Duration;
import java.util.Optional;
import vn.lienlac.notifications.fakes.ApnsFake;

/** An {@link ApnsConfig} for tests that build the channel themselves, pointed at an {@link ApnsFake}. */
record TestApnsConfig(Optional<String> key, String baseUrl, String sandboxUrl, String trust) implements ApnsConfig {

    static TestApnsConfig of(ApnsFake fake) {
        return new TestApnsConfig(Optional.of(fake.signingKeyPem()), fake.baseUrl(), fake.baseUrl(),
                fake.certificatePath());
    }

    @Override
    public Optional<String> keyFile() {
        return Optional.empty();
    }

    @Override
    public Optional<String> keyId() {
        return Optional.of(ApnsFake.KEY_ID);
    }

    @Override
    public Optional<String> teamId() {
        return Optional.of(ApnsFake.TEAM_ID);
    }

    @Override
    public Optional<String> topic() {
        return Optional.of(ApnsFake.TOPIC);
    }

    @Override
    public Optional<String> trustCertificates() {
        return Optional.of(trust);
    }

    @Override
    public Duration tokenLifetime() {
        return Duration.ofMinutes(50);
    }

    @Override
    public Duration expiration() {
        return Duration.ofHours(24);
    }

    @Override
    public String sound() {
        return "default";
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(20); // the first TLS handshake is slow on a busy machine
    }
}

package vn.lienlac.identity.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Generated signing keys for dev, demo and tests; read by {@link DevSigningKeysConfigSourceFactory}. */
@ConfigMapping(prefix = "lienlac.dev-keys")
public interface DevSigningKeysConfig {

    /** Generate a signing key pair when none is configured (true in dev, demo and test profiles). */
    @WithDefault("false")
    boolean enabled();

    /** Where the generated key is kept between runs; unset: a new key per start (tokens die with the process). */
    Optional<Path> dir();
}

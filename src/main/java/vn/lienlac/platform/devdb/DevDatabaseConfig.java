package vn.lienlac.platform.devdb;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The local PostgreSQL for dev, demo and tests. Read by {@link DevDatabaseConfigSourceFactory} before the
 * application starts; this mapping documents the knobs and lets Quarkus validate them.
 */
@ConfigMapping(prefix = "lienlac.dev-database")
public interface DevDatabaseConfig {

    /** Start a local PostgreSQL when no datasource URL is configured (true in dev, demo and test profiles). */
    @WithDefault("false")
    boolean enabled();

    /** Where the local server keeps its data between runs; unset: a throw-away directory deleted on exit. */
    Optional<Path> dataDir();
}

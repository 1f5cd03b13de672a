package vn.lienlac.platform.durability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the server treats a database that could lose acknowledged commits (docs/operations.md, "Database"). */
@ConfigMapping(prefix = "lienlac.database")
public interface DurabilityConfig {

    /**
     * {@code REQUIRE} (production): refuse to start when {@code fsync} or {@code synchronous_commit} is off.
     * {@code WARN} (dev, demo, tests, whose throw-away database runs without fsync): log a warning and start.
     */
    @WithDefault("REQUIRE")
    Mode durabilityCheck();

    /** What to do about a database that does not commit durably. */
    enum Mode {
        REQUIRE, WARN
    }
}

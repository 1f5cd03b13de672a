package vn.lienlac.platform.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points the datasources at a local PostgreSQL started by {@link DevDatabase} when
 * {@code lienlac.dev-database.enabled} is true and no datasource URL is configured.
 *
 * <p>The server starts the first time a datasource URL is read, not when the configuration is built: the test
 * framework builds the test profile's configuration for every test JVM (Quarkus' JUnit launcher session), and a
 * plain JUnit test that never starts the application (the manifest tests, for one) must not start a database.
 *
 * <p>Its ordinal is below {@code application.properties} and the environment, so any configured database wins.
 */
public class DevDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 150;
    static final String NAME = "lienlac-dev-database";
    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final Map<String, String> CREDENTIALS = Map.of(
            "quarkus.datasource.username", "postgres",
            "quarkus.datasource.password", "postgres");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!isTrue(context.getValue("lienlac.dev-database.enabled"))
                || isSet(context.getValue(REACTIVE_URL))
                || isSet(context.getValue(JDBC_URL))) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue("lienlac.dev-database.data-dir");
        Optional<Path> dir = isSet(dataDir) ? Optional.of(Path.of(dataDir.getValue())) : Optional.empty();
        return List.of(new StartOnRead(dir));
    }

    /** The datasource's URLs and credentials; reading a URL starts the server (once per JVM: {@link DevDatabase}). */
    static final class StartOnRead implements ConfigSource {

        private static final Set<String> NAMES = Set.of(REACTIVE_URL, JDBC_URL,
                "quarkus.datasource.username", "quarkus.datasource.password");

        private final Optional<Path> dataDir;

        StartOnRead(Optional<Path> dataDir) {
            this.dataDir = dataDir;
        }

        @Override
        public Set<String> getPropertyNames() {
            return NAMES;
        }

        @Override
        public String getValue(String name) {
            return switch (name) {
                case REACTIVE_URL -> "postgresql://127.0.0.1:" + DevDatabase.start(dataDir) + "/postgres";
                case JDBC_URL -> "jdbc:postgresql://127.0.0.1:" + DevDatabase.start(dataDir) + "/postgres";
                default -> CREDENTIALS.get(name);
            };
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public int getOrdinal() {
            return ORDINAL;
        }
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static boolean isTrue(ConfigValue value) {
        return isSet(value) && Boolean.parseBoolean(value.getValue().trim());
    }
}

package vn.lienlac.platform.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points the datasources at a local PostgreSQL started by {@link DevDatabase} when
 * {@code lienlac.dev-database.enabled} is true and no datasource URL is configured.
 *
 * <p>Its ordinal is below {@code application.properties} and the environment, so any configured database wins.
 */
public class DevDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!isTrue(context.getValue("lienlac.dev-database.enabled"))
                || isSet(context.getValue("quarkus.datasource.reactive.url"))
                || isSet(context.getValue("quarkus.datasource.jdbc.url"))) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue("lienlac.dev-database.data-dir");
        Optional<Path> dir = isSet(dataDir) ? Optional.of(Path.of(dataDir.getValue())) : Optional.empty();
        int port = DevDatabase.start(dir);
        Map<String, String> values = Map.of(
                "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + port + "/postgres",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
        return List.of(new MapBackedConfigSource("lienlac-dev-database", values, ORDINAL) {
        });
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static boolean isTrue(ConfigValue value) {
        return isSet(value) && Boolean.parseBoolean(value.getValue().trim());
    }
}

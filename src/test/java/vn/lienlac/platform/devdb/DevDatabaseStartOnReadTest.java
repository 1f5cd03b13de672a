package vn.lienlac.platform.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL starts when the application reads its datasource URL, not when a configuration is built:
 * Quarkus' JUnit launcher builds the test profile's configuration in every test JVM, and plain JUnit tests (the
 * manifest tests) start no database. Plain JUnit on purpose; in a JVM where a {@code @QuarkusTest} already started the
 * server, "not started" reads as "the same server as before".
 */
class DevDatabaseStartOnReadTest {

    private static final String RUNNING_PORT = "lienlac.dev-database.running-port";

    private static SmallRyeConfig testProfileConfig() {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of("lienlac.dev-database.enabled", "true"), "test", 250))
                .withSources(new DevDatabaseConfigSourceFactory())
                .build();
    }

    @Test
    void buildingTheConfigurationAndReadingTheCredentialsStartNoDatabase() {
        String before = System.getProperty(RUNNING_PORT);
        SmallRyeConfig config = testProfileConfig();
        assertEquals("postgres", config.getValue("quarkus.datasource.username", String.class));
        assertEquals("postgres", config.getValue("quarkus.datasource.password", String.class));
        assertEquals(before, System.getProperty(RUNNING_PORT), "no server started by building or by the credentials");
    }

    @Test
    void readingADatasourceUrlStartsTheServerOnceAndItAnswers() throws Exception {
        SmallRyeConfig config = testProfileConfig();
        String jdbc = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String port = System.getProperty(RUNNING_PORT);
        assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/postgres", jdbc);
        assertEquals("postgresql://127.0.0.1:" + port + "/postgres",
                testProfileConfig().getValue("quarkus.datasource.reactive.url", String.class), "the same server");
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres");
                ResultSet answer = db.createStatement().executeQuery("SELECT 1")) {
            answer.next();
            assertEquals(1, answer.getInt(1));
        }
    }

    @Test
    void aConfiguredUrlWinsAndStartsNothing() {
        String before = System.getProperty(RUNNING_PORT);
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of("lienlac.dev-database.enabled", "true",
                        "quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example:5432/lienlac"), "test", 250))
                .withSources(new DevDatabaseConfigSourceFactory())
                .build();
        assertEquals("jdbc:postgresql://db.example:5432/lienlac", config.getValue("quarkus.datasource.jdbc.url", String.class));
        assertEquals(before, System.getProperty(RUNNING_PORT));
    }
}

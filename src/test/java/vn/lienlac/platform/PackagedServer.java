package vn.lienlac.platform;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * One process of the packaged server ({@code target/quarkus-app/quarkus-run.jar}, demo profile without demo data) on
 * a given PostgreSQL, as a pod: for the ITs that run several against one database. Its output goes to a temp file.
 */
public final class PackagedServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts one and waits until it answers; {@code properties} are extra {@code -Dname=value} arguments. */
    public static PackagedServer start(int pg, Path keys, int apiPort, List<String> properties) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile("lienlac-it-" + apiPort, ".log");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Dquarkus.profile=demo",
                "-Dlienlac.demo.enabled=false",
                "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:" + pg + "/postgres",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + pg + "/postgres",
                "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                "-Dlienlac.dev-keys.dir=" + keys, "-Dquarkus.http.port=" + apiPort,
                "-Dquarkus.management.port=" + freePort()));
        properties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedServer server = new PackagedServer(process, apiPort, log);
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("server on port " + apiPort + " exited: " + Files.readString(log));
            }
            try {
                return RestAssured.given().port(apiPort).get("/q/openapi").statusCode() == 200;
            } catch (Exception notYet) {
                return false;
            }
        });
        return server;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** {@code kill -9}: the process ends at once, with whatever it had in flight. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

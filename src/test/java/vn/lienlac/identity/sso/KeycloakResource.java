package vn.lienlac.identity.sso;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.logging.Logger;
import vn.lienlac.identity.sso.KeycloakDistribution.JavaRuntime;

/**
 * Runs a real Keycloak for the SSO tests: the server distribution from Maven Central, on a Java 21+ runtime of this
 * machine, on a free loopback port, with an in-memory database and the realm {@value #REALM} imported from
 * {@code keycloak/nganh-gd-realm.json} (staff codes get a fresh suffix per run). Hands the app the {@code sso}
 * tenant's configuration, and a port chosen here ({@code quarkus.http.test-port}), so that the realm's web client can
 * name the app's exact redirect URI and web origin; on stop ends Keycloak's whole process tree. Without Java 21+ it starts nothing and says
 * why in {@value #UNAVAILABLE}, and the tests skip.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    static final String REALM = "nganh-gd";
    static final String CLIENT = "lienlac-test";
    /** The web app's public client: authorization code with PKCE (S256), redirect URI and web origin the app's. */
    public static final String WEB_CLIENT = "lienlac-web";
    /** A client of the same realm without the audience mapper: its tokens are not meant for Liên Lạc. */
    static final String OTHER_CLIENT = "ung-dung-khac";
    static final String AUDIENCE = "lienlac-api";
    static final String REALM_URL = "lienlac.test.keycloak.realm-url";
    static final String CODE_SUFFIX = "lienlac.test.keycloak.code-suffix";
    static final String PASSWORD = "lienlac.test.keycloak.password";
    static final String UNAVAILABLE = "lienlac.test.keycloak.unavailable";

    private static final Logger LOG = Logger.getLogger(KeycloakResource.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final Path HOME = Path.of("target", "keycloak");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private Thread shutdownHook;

    @Override
    public Map<String, String> start() {
        Optional<JavaRuntime> java = KeycloakDistribution.java();
        if (java.isEmpty()) {
            String configured = System.getenv("KEYCLOAK_JAVA_HOME");
            return Map.of(UNAVAILABLE, "Keycloak needs Java " + KeycloakDistribution.MIN_JAVA + "+, and "
                    + (configured != null && !configured.isBlank() ? "KEYCLOAK_JAVA_HOME=" + configured + " is older"
                            : "there is none under /usr/lib/jvm (or set KEYCLOAK_JAVA_HOME)"));
        }
        String zip = System.getProperty("keycloak.dist");
        if (zip == null || !Files.isRegularFile(Path.of(zip))) {
            return Map.of(UNAVAILABLE, "No Keycloak distribution at keycloak.dist=" + zip + " (run the tests with Maven)");
        }
        try {
            Path server = KeycloakDistribution.unpack(Path.of(zip), HOME);
            String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            String password = UUID.randomUUID().toString();
            int appPort = freePort();
            writeRealm(server, suffix, password, "http://localhost:" + appPort);
            int port = freePort();
            while (port == appPort) {
                port = freePort();
            }
            String realmUrl = "http://127.0.0.1:" + port + "/realms/" + REALM;
            launch(server, java.get(), port);
            return Map.of(
                    "lienlac.sso.enabled", "true",
                    "quarkus.oidc.sso.auth-server-url", realmUrl,
                    "quarkus.oidc.sso.client-id", CLIENT,
                    "quarkus.oidc.sso.token.audience", AUDIENCE,
                    "lienlac.sso.web-client-id", WEB_CLIENT,
                    "quarkus.http.test-port", String.valueOf(appPort),
                    REALM_URL, realmUrl,
                    CODE_SUFFIX, suffix,
                    PASSWORD, password);
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        }
    }

    private void launch(Path server, JavaRuntime java, int port) throws IOException {
        Path log = HOME.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(server.resolve("bin/kc.sh").toString(), "start-dev",
                "--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", java.home().toString());
        // C1 only: a short-lived server on a busy build machine starts sooner without the optimising compiler.
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        long started = System.nanoTime();
        process = builder.start();
        shutdownHook = new Thread(this::destroyTree, "keycloak-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        String discovery = "http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration";
        try {
            await("Keycloak at " + discovery).atMost(START_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !process.isAlive() || isUp(discovery));
        } catch (ConditionTimeoutException e) {
            stop();
            throw new IllegalStateException("Keycloak did not start within " + START_TIMEOUT + ":\n" + tail(log), e);
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail(log));
        }
        LOG.infof("Keycloak (%s, Java %d) started in %.1f s on port %d", server.getFileName(), java.major(),
                (System.nanoTime() - started) / 1e9, port);
    }

    @Override
    public void stop() {
        if (shutdownHook != null) {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            shutdownHook = null;
        }
        destroyTree();
    }

    /** kc.sh runs Keycloak's JVM as its child: end the children first, then the script, and wait for all. */
    private void destroyTree() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        process = null;
    }

    private static void writeRealm(Path server, String suffix, String password, String appUrl) throws IOException {
        String realm;
        try (InputStream in = KeycloakResource.class.getResourceAsStream("/keycloak/nganh-gd-realm.json")) {
            realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path imports = server.resolve("data/import");
        Files.createDirectories(imports);
        Files.writeString(imports.resolve(REALM + "-realm.json"),
                realm.replace("@SUFFIX@", suffix).replace("@PASSWORD@", password).replace("@APP_URL@", appUrl));
    }

    private boolean isUp(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }
}

package vn.lienlac.identity.sso;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What running Keycloak needs on this machine: a Java runtime of at least version 21 (Keycloak 26 does not run on the
 * project's Java 17) and the server distribution, unpacked once from the zip Maven downloaded.
 */
final class KeycloakDistribution {

    static final int MIN_JAVA = 21;
    private static final Pattern VERSION = Pattern.compile("version \"(\\d+)");
    private static final String UNPACKED_MARKER = ".unpacked";

    private KeycloakDistribution() {
    }

    /** KEYCLOAK_JAVA_HOME when set, else the newest {@code /usr/lib/jvm/*} of at least Java 21. */
    static Optional<JavaRuntime> java() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            JavaRuntime runtime = JavaRuntime.at(Path.of(configured));
            return runtime.major() >= MIN_JAVA ? Optional.of(runtime) : Optional.empty();
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .map(JavaRuntime::at)
                    .filter(runtime -> runtime.major() >= MIN_JAVA)
                    .max(Comparator.comparingInt(JavaRuntime::major));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The feature version {@code bin/java -version} reports (25 for "25.0.1", 1 for "1.8.0"), or 0. */
    static int majorVersion(Path javaHome) {
        try {
            Process process = new ProcessBuilder(javaHome.resolve("bin/java").toString(), "-version")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return 0;
            }
            Matcher matcher = VERSION.matcher(output);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * The server directory ({@code keycloak-<version>}) unpacked from the zip into {@code into}. A complete earlier
     * unpacking of the same zip is reused, so that Keycloak's own build step (cached in its {@code lib/}) runs once.
     */
    static Path unpack(Path zip, Path into) throws IOException {
        Path marker = into.resolve(UNPACKED_MARKER);
        String zipName = zip.getFileName().toString();
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(zipName)) {
            return serverDir(into);
        }
        deleteRecursively(into);
        Files.createDirectories(into);
        Path root = into.toRealPath();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                extract(file, entries.nextElement(), root);
            }
        }
        Path server = serverDir(into);
        Files.writeString(marker, zipName);
        return server;
    }

    private static void extract(ZipFile file, ZipEntry entry, Path root) throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("Zip entry outside the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        if (target.toString().endsWith(".sh")) {
            target.toFile().setExecutable(true);
        }
    }

    private static Path serverDir(Path into) throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(into, "keycloak-*")) {
            for (Path dir : dirs) {
                if (Files.isRegularFile(dir.resolve("bin/kc.sh"))) {
                    return dir;
                }
            }
        }
        throw new IOException("No keycloak-*/bin/kc.sh under " + into);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A Java installation and its feature version. */
    record JavaRuntime(Path home, int major) {

        static JavaRuntime at(Path home) {
            return new JavaRuntime(home, majorVersion(home));
        }
    }
}

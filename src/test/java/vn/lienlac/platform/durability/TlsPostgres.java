package vn.lienlac.platform.durability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A second real PostgreSQL for the database ITs: TLS on with a throw-away certificate for {@code localhost} (made by
 * the JDK's keytool, so nothing else is needed), and durable commits as production runs them. The certificate is
 * its own CA: a client verifying it with {@code sslmode=verify-full} trusts {@link #caCertificate()}.
 */
final class TlsPostgres implements AutoCloseable {

    private static final String PASSWORD = "changeit";

    private final EmbeddedPostgres server;
    private final Path caCertificate;

    private TlsPostgres(EmbeddedPostgres server, Path caCertificate) {
        this.server = server;
        this.caCertificate = caCertificate;
    }

    static TlsPostgres start() throws IOException, InterruptedException, GeneralSecurityException {
        Path dir = Files.createTempDirectory("lienlac-tls-pg");
        Path store = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process made = new ProcessBuilder(keytool, "-genkeypair", "-alias", "pg", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(made.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (made.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        Key key = keys.getKey("pg", PASSWORD.toCharArray());
        Certificate cert = keys.getCertificate("pg");
        Path keyFile = dir.resolve("server.key");
        Path certFile = dir.resolve("server.crt");
        Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(certFile, pem("CERTIFICATE", cert.getEncoded()), StandardCharsets.US_ASCII);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", certFile.toString())
                .setServerConfig("ssl_key_file", keyFile.toString())
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .start();
        return new TlsPostgres(server, certFile);
    }

    int port() {
        return server.getPort();
    }

    Path caCertificate() {
        return caCertificate;
    }

    /** The properties that make the packaged server connect with TLS and verify the certificate and host name. */
    List<String> verifyFullProperties() {
        return List.of(
                "quarkus.datasource.reactive.url=postgresql://localhost:" + port() + "/postgres",
                "quarkus.datasource.reactive.postgresql.ssl-mode=verify-full",
                "quarkus.datasource.reactive.trust-certificate-pem=true",
                "quarkus.datasource.reactive.trust-certificate-pem.certs=" + caCertificate,
                "quarkus.datasource.reactive.hostname-verification-algorithm=HTTPS",
                "quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + port()
                        + "/postgres?sslmode=verify-full&sslrootcert=" + caCertificate);
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

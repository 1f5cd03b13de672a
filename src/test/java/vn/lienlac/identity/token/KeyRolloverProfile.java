package vn.lienlac.identity.token;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * A pod in the middle of a signing-key rollover, its keys mounted as files: it signs with key A and also accepts key B.
 * Key C is nobody's.
 */
public class KeyRolloverProfile implements QuarkusTestProfile {

    static final KeyPair A = generate();
    static final KeyPair B = generate();
    static final KeyPair C = generate();
    static final Path DIR = write();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lienlac.tokens.keys-dir", DIR.toString(), "%test.lienlac.tokens.keys-dir", DIR.toString());
    }

    static String id(KeyPair pair) {
        return TokenKeyFiles.idOf(pair.getPublic().getEncoded());
    }

    private static Path write() {
        try {
            Path dir = Files.createTempDirectory("lienlac-token-keys");
            Files.createDirectories(dir.resolve("sign"));
            Files.createDirectories(dir.resolve("verify"));
            Files.writeString(dir.resolve("sign/private.pem"), pem("PRIVATE KEY", A.getPrivate().getEncoded()),
                    StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve("verify/2026-12-new.pem"), pem("PUBLIC KEY", A.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve("verify/2025-06-old.pem"), pem("PUBLIC KEY", B.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return rsa.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

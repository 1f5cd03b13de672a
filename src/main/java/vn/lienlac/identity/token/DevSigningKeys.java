package vn.lienlac.identity.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * A generated RSA key pair for development: kept in a directory (so demo tokens survive a restart) or in memory
 * (tests). One pair per JVM; the system property makes a dev-mode reload find the same pair.
 */
final class DevSigningKeys {

    private static final String FILE = "dev-signing-key.pk8";
    private static final String CACHE = "lienlac.dev-keys.private-key";

    private final byte[] privateKey;
    private final byte[] publicKey;

    private DevSigningKeys(byte[] privateKey, byte[] publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    static synchronized DevSigningKeys get(Optional<Path> dir) {
        try {
            String cached = System.getProperty(CACHE);
            if (cached != null) {
                return of(Base64.getDecoder().decode(cached));
            }
            byte[] pkcs8 = dir.isPresent() ? loadOrCreate(dir.get().resolve(FILE)) : generate();
            System.setProperty(CACHE, Base64.getEncoder().encodeToString(pkcs8));
            return of(pkcs8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the development signing key in " + dir.orElse(null), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is required by every Java runtime", e);
        }
    }

    String privateKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(privateKey) + "\n-----END PRIVATE KEY-----";
    }

    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey);
    }

    private static byte[] loadOrCreate(Path file) throws IOException, GeneralSecurityException {
        if (Files.isRegularFile(file)) {
            return Files.readAllBytes(file);
        }
        Files.createDirectories(file.getParent());
        byte[] pkcs8 = generate();
        Files.write(file, pkcs8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the key is for development only
        }
        return pkcs8;
    }

    private static byte[] generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        return pair.getPrivate().getEncoded();
    }

    private static DevSigningKeys of(byte[] pkcs8) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        byte[] publicKey = factory.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()))
                .getEncoded();
        return new DevSigningKeys(pkcs8, publicKey);
    }
}

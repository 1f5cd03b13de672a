package vn.lienlac.identity.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * The token keys as an operator mounts them from a Secret (docs/auth.md, "Rotating the signing key"):
 * {@code <dir>/sign/private.pem}, the one key tokens are signed with (PKCS#8 PEM), and {@code <dir>/verify/*.pem}, the
 * public keys tokens are accepted with (X.509 PEM): the signing key's own and, during a rollover, at most one other.
 */
public record TokenKeyFiles(Path signingKey, Key current, Key rollover) {

    /** A public key with its id ({@code kid}): the first 16 characters of the base64url SHA-256 of its encoding. */
    public record Key(String id, String publicKeyBase64) {
    }

    public static TokenKeyFiles read(Path dir) {
        Path signing = dir.resolve("sign").resolve("private.pem");
        byte[] signingPublic = publicOf(pem(signing, "PRIVATE KEY"), signing);
        List<Key> others = new ArrayList<>();
        Key current = null;
        for (Path file : verifyFiles(dir.resolve("verify"))) {
            byte[] encoded = pem(file, "PUBLIC KEY");
            Key key = new Key(idOf(encoded), Base64.getEncoder().encodeToString(encoded));
            if (Arrays.equals(encoded, signingPublic)) {
                current = key;
            } else if (others.stream().noneMatch(k -> k.id().equals(key.id()))) {
                others.add(key);
            }
        }
        if (current == null) {
            throw new IllegalStateException("The public key of " + signing + " is not among " + dir.resolve("verify")
                    + "/*.pem: add it, or tokens this server signs would be refused.");
        }
        if (others.size() > 1) {
            throw new IllegalStateException(dir.resolve("verify") + " holds " + (others.size() + 1)
                    + " public keys; during a rollover it holds two (the signing key's and one other).");
        }
        return new TokenKeyFiles(signing, current, others.isEmpty() ? null : others.get(0));
    }

    static String idOf(byte[] publicKeyEncoded) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKeyEncoded);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> verifyFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Missing " + dir + ": the public keys tokens are accepted with.");
        }
        // a Kubernetes Secret volume adds ..data and timestamped directories: only the plain *.pem entries count
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pem"))
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pem(Path file, String label) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the token key " + file + ": " + e.getMessage(), e);
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(file + " is not a PEM file with a " + label + " (" + begin + ").");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " holds invalid base64.", e);
        }
    }

    private static byte[] publicOf(byte[] pkcs8, Path file) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)) instanceof RSAPrivateCrtKey key)) {
                throw new IllegalStateException(file + " is not an RSA private key with its public exponent.");
            }
            BigInteger modulus = key.getModulus();
            return rsa.generatePublic(new RSAPublicKeySpec(modulus, key.getPublicExponent())).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + " is not an RSA private key (PKCS#8): " + e.getMessage(), e);
        }
    }
}

package vn.lienlac.notifications.apns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * The APNs signing key with its ids, read once at startup from the .p8 file or the PEM text. A key that cannot be
 * read stops the start with a message naming the variable to fix.
 */
record ApnsSigningKey(PrivateKey key, String keyId, String teamId) {

    /** The key, or empty when no key is configured (the channel is then off). */
    static Optional<ApnsSigningKey> load(ApnsConfig config) {
        Optional<String> pem = config.key().filter(s -> !s.isBlank());
        Optional<String> file = config.keyFile().filter(s -> !s.isBlank());
        if (pem.isEmpty() && file.isEmpty()) {
            return Optional.empty();
        }
        String keyId = config.keyId().filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "APNs: a signing key is set but LIENLAC_NOTIFICATIONS_APNS_KEY_ID is not (the key's Key ID)"));
        String teamId = config.teamId().filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "APNs: a signing key is set but LIENLAC_NOTIFICATIONS_APNS_TEAM_ID is not (the account's Team ID)"));
        String source = pem.isPresent() ? "LIENLAC_NOTIFICATIONS_APNS_KEY"
                : "LIENLAC_NOTIFICATIONS_APNS_KEY_FILE (" + file.get() + ")";
        try {
            String text = pem.isPresent() ? pem.get() : Files.readString(Path.of(file.get()));
            String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return Optional.of(new ApnsSigningKey(key, keyId, teamId));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("APNs: " + source + " is not a .p8 signing key (PKCS#8 PEM, EC P-256): "
                    + e.getMessage(), e);
        }
    }
}

package vn.lienlac.notifications.webpush;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the VAPID keys come from, and the start-up checks that stop a half-configured server. */
class VapidKeyringTest {

    /** A P-256 pair as operators configure it: {public point, private scalar}, base64url. */
    private static String[] pair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        ECPublicKey pub = (ECPublicKey) pair.getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        put(pub.getW().getAffineX(), point, 1);
        put(pub.getW().getAffineY(), point, 33);
        byte[] scalar = new byte[32];
        put(((ECPrivateKey) pair.getPrivate()).getS(), scalar, 0);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return new String[] {b64.encodeToString(point), b64.encodeToString(scalar)};
    }

    private static void put(BigInteger value, byte[] into, int at) {
        byte[] bytes = value.toByteArray();
        int n = Math.min(32, bytes.length);
        System.arraycopy(bytes, bytes.length - n, into, at + 32 - n, n);
    }

    private static VapidKeyring prod(String publicKey, String privateKey, String subject) {
        return new VapidKeyring(WebPushConfigs.of(publicKey, privateKey, subject), false, Optional.empty());
    }

    @Test
    void configuredKeysAreUsedAsGiven() throws Exception {
        String[] keys = pair();

        VapidKeyring keyring = prod(keys[0], keys[1], "mailto:ops@truong.edu.vn");

        assertTrue(keyring.configured());
        assertEquals(Optional.of(keys[0]), keyring.publicKey());
        assertEquals("mailto:ops@truong.edu.vn", keyring.webPush().getSubject());
    }

    @Test
    void productionWithoutKeysHasWebPushOff() {
        VapidKeyring keyring = prod(null, null, null);

        assertFalse(keyring.configured());
        assertEquals(Optional.empty(), keyring.publicKey());
    }

    @Test
    void halfAConfigurationStopsTheServerSayingWhatToSet() throws Exception {
        String[] keys = pair();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> prod(keys[0], null, "mailto:a@b.vn"));
        assertTrue(e.getMessage().contains("LIENLAC_NOTIFICATIONS_WEB_PUSH_PRIVATE_KEY"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> prod(keys[0], keys[1], null));
    }

    @Test
    void keysThatAreNotOnePairOrABadSubjectStopTheServer() throws Exception {
        String[] one = pair();
        String[] other = pair();

        IllegalStateException mixed = assertThrows(IllegalStateException.class,
                () -> prod(one[0], other[1], "mailto:a@b.vn"));
        assertTrue(mixed.getMessage().contains("must be a P-256 key pair"), mixed.getMessage());
        assertThrows(IllegalStateException.class, () -> prod("not-a-key", one[1], "mailto:a@b.vn"));
        IllegalStateException subject = assertThrows(IllegalStateException.class,
                () -> prod(one[0], one[1], "ops@b.vn"));
        assertTrue(subject.getMessage().contains("mailto:"), subject.getMessage());
    }

    @Test
    void developmentKeysAreGeneratedOnceAndKeptAcrossRestarts(@TempDir Path dir) throws Exception {
        WebPushConfig none = WebPushConfigs.of(null, null, null);

        VapidKeyring first = new VapidKeyring(none, true, Optional.of(dir));
        VapidKeyring restarted = new VapidKeyring(none, true, Optional.of(dir));

        assertTrue(first.configured());
        assertEquals(first.publicKey(), restarted.publicKey());
        assertEquals(VapidKeyring.DEV_SUBJECT, first.webPush().getSubject());
        Path file = dir.resolve(VapidKeyring.DEV_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertNotEquals(first.publicKey(), new VapidKeyring(none, true, Optional.empty()).publicKey(),
                "without a directory (tests) a new pair per start");
    }
}

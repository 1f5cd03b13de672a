package vn.lienlac.notifications.webpush;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Our VAPID identity (RFC 8292): the configured key pair and subject, or, in dev, demo and tests
 * ({@code lienlac.dev-keys.enabled}) when none is configured, a generated pair kept in {@code lienlac.dev-keys.dir}
 * (file {@value #DEV_FILE}) so that browsers' subscriptions survive a restart. Production without keys: Web Push is
 * off. Checked at start-up: half a configuration, a bad key or a bad subject stops the server with a message that
 * says what to set.
 */
@Startup
@ApplicationScoped
public class VapidKeyring {

    static final String DEV_FILE = "vapid.keys";
    static final String DEV_SUBJECT = "mailto:dev@lienlac.invalid";
    private static final Logger LOG = Logger.getLogger(VapidKeyring.class);

    private final WebPush webPush;

    /**
     * devKeys and devKeysDir are identity's switches for generated development keys (its DevSigningKeysConfig, read
     * here as plain properties: the same switch turns on both kinds of generated keys).
     */
    VapidKeyring(WebPushConfig config,
            @ConfigProperty(name = "lienlac.dev-keys.enabled", defaultValue = "false") boolean devKeys,
            @ConfigProperty(name = "lienlac.dev-keys.dir") Optional<Path> devKeysDir) {
        this.webPush = resolve(config, devKeys, devKeysDir);
    }

    /** Whether Web Push can be sent (keys and subject present). */
    public boolean configured() {
        return webPush != null;
    }

    /** The application server key browsers subscribe with (uncompressed P-256 point, base64url), if configured. */
    public Optional<String> publicKey() {
        return configured()
                ? Optional.of(Base64.getUrlEncoder().withoutPadding().encodeToString(
                        webPush.getVapidKeys().getApplicationServerKey()))
                : Optional.empty();
    }

    /** The library's request builder (encryption and VAPID headers); null when not configured. */
    WebPush webPush() {
        return webPush;
    }

    private static WebPush resolve(WebPushConfig config, boolean devKeys, Optional<Path> devKeysDir) {
        Optional<String> publicKey = config.publicKey().filter(s -> !s.isBlank());
        Optional<String> privateKey = config.privateKey().filter(s -> !s.isBlank());
        Optional<String> subject = config.subject().filter(s -> !s.isBlank()).map(String::trim);
        if (publicKey.isPresent() || privateKey.isPresent()) {
            if (publicKey.isEmpty() || privateKey.isEmpty() || subject.isEmpty()) {
                throw new IllegalStateException("Web Push needs all of LIENLAC_NOTIFICATIONS_WEB_PUSH_PUBLIC_KEY, "
                        + "LIENLAC_NOTIFICATIONS_WEB_PUSH_PRIVATE_KEY and LIENLAC_NOTIFICATIONS_WEB_PUSH_SUBJECT, "
                        + "or none of them (docs/notifications.md, \"Web Push\")");
            }
            return of(configured(publicKey.get().trim(), privateKey.get().trim()), subject.get());
        }
        if (!devKeys) {
            LOG.info("Web Push is off: no VAPID keys configured (LIENLAC_NOTIFICATIONS_WEB_PUSH_*)");
            return null;
        }
        return of(devKeysDir.map(dir -> stored(dir.resolve(DEV_FILE))).orElseGet(VapidKeys::generate),
                subject.orElse(DEV_SUBJECT));
    }

    private static VapidKeys configured(String publicKey, String privateKey) {
        try {
            return VapidKeys.fromUncompressedBytes(publicKey, privateKey); // checks that they are one pair
        } catch (RuntimeException e) {
            throw new IllegalStateException("LIENLAC_NOTIFICATIONS_WEB_PUSH_PUBLIC_KEY / _PRIVATE_KEY must be a "
                    + "P-256 key pair in base64url (the public key's uncompressed point, the private key's 32 bytes), "
                    + "as `npx web-push generate-vapid-keys` prints them: " + e.getMessage(), e);
        }
    }

    private static WebPush of(VapidKeys keys, String subject) {
        if (!subject.startsWith("mailto:") && !subject.startsWith("https://")) {
            throw new IllegalStateException("LIENLAC_NOTIFICATIONS_WEB_PUSH_SUBJECT must start with mailto: or "
                    + "https:// (RFC 8292), e.g. mailto:ops@example.vn");
        }
        return new WebPush(subject, keys);
    }

    /** The dev pair from its file, made on first use (readable by its owner only). */
    private static VapidKeys stored(Path file) {
        boolean existed = Files.isRegularFile(file);
        VapidKeys keys = VapidKeys.load(file, true);
        if (!existed) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the key is for development only
            } catch (IOException e) {
                throw new UncheckedIOException("Could not protect the development VAPID key " + file, e);
            }
        }
        return keys;
    }
}

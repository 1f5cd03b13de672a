package vn.lienlac.identity.token;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In dev, demo and tests ({@code lienlac.dev-keys.enabled=true}) with no signing key configured, supplies a
 * generated RSA key pair to the token signer and the token verifier. Production sets both from a secret.
 */
public class DevSigningKeysConfigSourceFactory implements ConfigSourceFactory {

    static final String SIGN_KEY = "smallrye.jwt.sign.key";
    static final String PUBLIC_KEY = "quarkus.oidc.public-key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!isTrue(context.getValue("lienlac.dev-keys.enabled"))
                || isSet(context.getValue(SIGN_KEY))
                || isSet(context.getValue(SIGN_KEY + ".location"))
                || isSet(context.getValue(PUBLIC_KEY))) {
            return List.of();
        }
        ConfigValue dir = context.getValue("lienlac.dev-keys.dir");
        DevSigningKeys keys = DevSigningKeys.get(isSet(dir) ? Optional.of(Path.of(dir.getValue())) : Optional.empty());
        return List.of(new MapBackedConfigSource("lienlac-dev-signing-keys",
                Map.of(SIGN_KEY, keys.privateKeyPem(), PUBLIC_KEY, keys.publicKeyBase64()), 150) {
        });
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static boolean isTrue(ConfigValue value) {
        return isSet(value) && Boolean.parseBoolean(value.getValue().trim());
    }
}

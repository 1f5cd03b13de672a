package vn.lienlac.identity.token;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * With {@code lienlac.tokens.keys-dir} set (production: the token Secret mounted as files), signs with
 * {@code sign/private.pem}, verifies with its public key, and during a rollover also accepts tokens signed with the one
 * other key in {@code verify/} (the quarkus-oidc tenant {@code rollover}, chosen by the token's {@code kid}; see
 * {@link KeyRolloverTenantResolver}). Read once at start: a rollover step is a rolling restart.
 */
public class TokenKeysConfigSourceFactory implements ConfigSourceFactory {

    static final String KEYS_DIR = "lienlac.tokens.keys-dir";
    static final String KEY_ID = "lienlac.tokens.key-id";
    static final String ROLLOVER_KEY_ID = "lienlac.tokens.rollover.key-id";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dir = context.getValue(KEYS_DIR);
        if (dir == null || dir.getValue() == null || dir.getValue().isBlank()) {
            return List.of();
        }
        TokenKeyFiles keys = TokenKeyFiles.read(Path.of(dir.getValue().trim()));
        Map<String, String> values = new HashMap<>();
        values.put(DevSigningKeysConfigSourceFactory.SIGN_KEY + ".location", keys.signingKey().toString());
        values.put(DevSigningKeysConfigSourceFactory.PUBLIC_KEY, keys.current().publicKeyBase64());
        values.put(KEY_ID, keys.current().id());
        if (keys.rollover() != null) {
            values.put("lienlac.tokens.rollover.enabled", "true");
            values.put("lienlac.tokens.rollover.public-key", keys.rollover().publicKeyBase64());
            values.put(ROLLOVER_KEY_ID, keys.rollover().id());
        }
        // above application.properties (250) and below environment variables (300) and system properties (400)
        return List.of(new MapBackedConfigSource("lienlac-token-key-files", values, 275) {
        });
    }
}

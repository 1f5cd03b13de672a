package vn.lienlac.platform.sql;

import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The datasource's TLS settings ({@code quarkus.datasource.reactive.*}, docs/operations.md, "Database TLS") applied to
 * a connection the application opens itself, outside the pool: the chat bus's LISTEN connection must be as encrypted
 * and as verified as the pool's.
 */
public final class DatasourceTls {

    private static final String PREFIX = "quarkus.datasource.reactive.";

    private DatasourceTls() {
    }

    /** Applies what is configured; a URL's own {@code ?sslmode=} stays unless the property sets another. */
    public static PgConnectOptions apply(PgConnectOptions options) {
        return apply(options, ConfigProvider.getConfig());
    }

    static PgConnectOptions apply(PgConnectOptions options, Config config) {
        config.getOptionalValue(PREFIX + "postgresql.ssl-mode", String.class)
                .map(mode -> SslMode.of(mode.trim().toLowerCase(Locale.ROOT).replace('_', '-')))
                .ifPresent(options::setSslMode);
        if (config.getOptionalValue(PREFIX + "trust-all", Boolean.class).orElse(false)) {
            options.setTrustAll(true);
        }
        if (config.getOptionalValue(PREFIX + "trust-certificate-pem", Boolean.class).orElse(false)) {
            List<String> certs = config.getOptionalValues(PREFIX + "trust-certificate-pem.certs", String.class)
                    .orElse(List.of());
            PemTrustOptions trust = new PemTrustOptions();
            certs.forEach(trust::addCertPath);
            options.setPemTrustOptions(trust);
        }
        Optional<String> hostname = config.getOptionalValue(PREFIX + "hostname-verification-algorithm", String.class)
                .filter(value -> !"NONE".equalsIgnoreCase(value.trim()));
        hostname.ifPresent(options::setHostnameVerificationAlgorithm);
        return options;
    }
}

package vn.lienlac.identity.otp;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/** Builds {@link OtpConfig} from properties or environment variables without starting Quarkus (with
 * Quarkus' converter for durations such as {@code 5m}). */
final class OtpConfigs {

    private OtpConfigs() {
    }

    static OtpConfig of(Map<String, String> properties) {
        return build(new PropertiesConfigSource(properties, "test", 100));
    }

    static OtpConfig fromEnvironment(Map<String, String> variables) {
        return build(new EnvConfigSource(variables, 300));
    }

    private static OtpConfig build(ConfigSource source) {
        return new SmallRyeConfigBuilder()
                .withMapping(OtpConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(source)
                .build()
                .getConfigMapping(OtpConfig.class);
    }
}

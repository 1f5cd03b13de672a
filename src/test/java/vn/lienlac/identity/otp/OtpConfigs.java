package vn.lienlac.identity.otp;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Builds {@link OtpConfig} from properties or environment variables without starting Quarkus (with Quarkus'
 * converter for durations such as {@code 5m}, and {@code ${...}} expansion as at run time).
 */
final class OtpConfigs {

    private OtpConfigs() {
    }

    static OtpConfig of(Map<String, String> properties) {
        return build(properties(properties));
    }

    static OtpConfig fromEnvironment(Map<String, String> variables) {
        return build(environment(variables));
    }

    static ConfigSource properties(Map<String, String> properties) {
        return new PropertiesConfigSource(properties, "test", 260);
    }

    static ConfigSource environment(Map<String, String> variables) {
        return new EnvConfigSource(variables, 300);
    }

    static OtpConfig build(ConfigSource... sources) {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withMapping(OtpConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(sources)
                .build()
                .getConfigMapping(OtpConfig.class);
    }
}

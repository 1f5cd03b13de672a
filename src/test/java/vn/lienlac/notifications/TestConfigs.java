package vn.lienlac.notifications;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;

/** Builds a {@code @ConfigMapping} from properties without starting Quarkus (durations such as {@code 5s} included). */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static <T> T of(Class<T> mapping, Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withMapping(mapping)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 260))
                .build()
                .getConfigMapping(mapping);
    }
}

package vn.lienlac.platform.tracing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A pod with tracing turned on, as an operator turns it on, exporting to the test's in-memory exporter. */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // both keys: a %test value in application.properties would win over the plain one
        return Map.of("quarkus.otel.sdk.disabled", "false", "%test.quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.bsp.schedule.delay", "50ms", "quarkus.otel.traces.sampler", "always_on");
    }
}

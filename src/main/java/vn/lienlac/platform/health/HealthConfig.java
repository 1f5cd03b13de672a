package vn.lienlac.platform.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The application's own readiness checks (docs/operations.md, "Health"). */
@ConfigMapping(prefix = "lienlac.health")
public interface HealthConfig {

    /**
     * How long each Vert.x event loop has to run a no-op task before readiness reports DOWN. Keep it below the
     * readiness probe's timeoutSeconds (3 s in k8s/base/deployment.yaml).
     */
    @WithDefault("2s")
    Duration eventLoopTimeout();
}

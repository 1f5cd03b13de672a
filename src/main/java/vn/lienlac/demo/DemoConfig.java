package vn.lienlac.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lienlac.demo")
public interface DemoConfig {

    /** Seed the demo district at start-up when it is not there yet (dev and demo profiles). */
    @WithDefault("false")
    boolean enabled();
}

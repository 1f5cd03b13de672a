package vn.lienlac.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

@ConfigMapping(prefix = "lienlac.time")
public interface TimeConfig {

    /** The zone in which "today", school years and deadlines are reckoned. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();
}

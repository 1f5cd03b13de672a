package vn.lienlac.directory.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on what one import may hold, so a single upload cannot exhaust the server. */
@ConfigMapping(prefix = "lienlac.import-limits")
public interface ImportLimits {

    /** Most data rows (file rows below the header, or JSON items) in one import; larger imports are rejected. */
    @WithDefault("20000")
    int maxRows();
}

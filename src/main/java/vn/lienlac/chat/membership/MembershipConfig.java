package vn.lienlac.chat.membership;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the class and school groups are kept in line with the directory (docs/chat-groups.md). */
@ConfigMapping(prefix = "lienlac.chat.membership")
public interface MembershipConfig {

    /**
     * Keep groups in line with the directory at all (after imports and at start-up). Off only for tests that
     * arrange groups by hand.
     */
    @WithDefault("true")
    boolean enabled();

    /** Reconcile every active school once, in the background, when the application starts. */
    @WithDefault("true")
    boolean reconcileOnStart();
}

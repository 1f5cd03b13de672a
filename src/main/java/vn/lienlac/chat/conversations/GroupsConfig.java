package vn.lienlac.chat.conversations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on the custom groups that staff create. */
@ConfigMapping(prefix = "lienlac.chat.groups")
public interface GroupsConfig {

    /** Most members a custom group may have, its owner included. */
    @WithDefault("500")
    int maxMembers();
}

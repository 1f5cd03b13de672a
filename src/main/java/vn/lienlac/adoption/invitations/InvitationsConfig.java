package vn.lienlac.adoption.invitations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Invitation campaigns ({@code lienlac.adoption.invitations.*}; docs/notifications.md, "Invitations"). */
@ConfigMapping(prefix = "lienlac.adoption.invitations")
public interface InvitationsConfig {

    /** A person invited less than this long ago is not invited again (by any school's campaign). */
    @WithDefault("P7D")
    Duration spacing();

    /** How long an invitation's short link resolves. */
    @WithDefault("P30D")
    Duration validity();

    /** The public origin of the web app, for the short link {@code <origin>/moi/<code>} in the message. */
    @WithDefault("https://lienlac.vn")
    String linkOrigin();

    /** The Zalo/SMS template of a guardian's invitation; params {@code school}, {@code child}, {@code link}. */
    @WithDefault("lienlac_moi_phu_huynh")
    String guardianTemplate();

    /** The Zalo/SMS template of a staff member's invitation; params {@code school}, {@code name}, {@code link}. */
    @WithDefault("lienlac_moi_can_bo")
    String staffTemplate();
}

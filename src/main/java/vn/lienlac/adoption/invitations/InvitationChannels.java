package vn.lienlac.adoption.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.policy.ConfiguredChannels;

/**
 * The channels an invitation can go out on here (Zalo, then SMS), of those configured now: the console shows
 * "invite" only when there is one (docs/adoption.md, "Invitations").
 */
@ApplicationScoped
public class InvitationChannels {

    /** The channels an invitation may take, in the policy's order. */
    static final List<ChannelName> INVITATION = List.of(ChannelName.ZALO, ChannelName.SMS);

    private final ConfiguredChannels configured;

    public InvitationChannels(ConfiguredChannels configured) {
        this.configured = configured;
    }

    /** Of Zalo and SMS, those configured now, in that order; empty: nobody can be invited. */
    public List<ChannelName> now() {
        Set<ChannelName> on = configured.now();
        return INVITATION.stream().filter(on::contains).toList();
    }
}

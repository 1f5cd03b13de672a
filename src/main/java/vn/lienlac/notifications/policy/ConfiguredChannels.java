package vn.lienlac.notifications.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.EnumSet;
import java.util.Set;
import vn.lienlac.notifications.outbox.Channel;
import vn.lienlac.notifications.outbox.ChannelName;

/** The channels the policy may choose: those whose bean says its environment is set ({@link Channel#configured()}). */
@ApplicationScoped
public class ConfiguredChannels {

    private final Instance<Channel> channels;

    public ConfiguredChannels(Instance<Channel> channels) {
        this.channels = channels;
    }

    public Set<ChannelName> now() {
        Set<ChannelName> names = EnumSet.noneOf(ChannelName.class);
        for (Channel channel : channels) {
            if (channel.configured()) {
                names.add(channel.name());
            }
        }
        return names;
    }
}

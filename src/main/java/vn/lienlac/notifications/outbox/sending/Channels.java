package vn.lienlac.notifications.outbox.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import vn.lienlac.notifications.outbox.Channel;
import vn.lienlac.notifications.outbox.ChannelName;

/** The channel beans by name; the sender claims rows only for channels that are here and configured. */
@ApplicationScoped
public class Channels {

    private final Map<ChannelName, Channel> byName = new EnumMap<>(ChannelName.class);

    @Inject
    public Channels(Instance<Channel> channels) {
        this((Iterable<Channel>) channels);
    }

    /** These channels only (tests). */
    protected Channels(Iterable<Channel> channels) {
        for (Channel channel : channels) {
            Channel previous = byName.put(channel.name(), channel);
            if (previous != null) {
                throw new IllegalStateException("Two channel beans are named " + channel.name() + ": "
                        + previous.getClass().getName() + " and " + channel.getClass().getName());
            }
        }
    }

    /** The configured channel of that name, or null. */
    public Channel get(ChannelName name) {
        Channel channel = byName.get(name);
        return channel != null && channel.configured() ? channel : null;
    }
}

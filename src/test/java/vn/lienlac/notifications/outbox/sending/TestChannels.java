package vn.lienlac.notifications.outbox.sending;

import java.util.ArrayList;
import java.util.List;
import vn.lienlac.notifications.outbox.Channel;
import vn.lienlac.notifications.outbox.ChannelName;

/** Every channel name served by a {@link KeyedTestChannel} to one fake; install with QuarkusMock. */
final class TestChannels extends Channels {

    TestChannels(String url) {
        super(channels(url));
    }

    private static List<Channel> channels(String url) {
        List<Channel> all = new ArrayList<>();
        for (ChannelName name : ChannelName.values()) {
            all.add(new KeyedTestChannel(name, url));
        }
        return all;
    }
}

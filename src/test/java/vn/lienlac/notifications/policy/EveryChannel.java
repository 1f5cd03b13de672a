package vn.lienlac.notifications.policy;

import io.quarkus.test.junit.QuarkusMock;
import java.util.EnumSet;
import java.util.Set;
import vn.lienlac.notifications.outbox.ChannelName;

/** For producers' tests: the policy may choose every channel (as if each had its environment set), for one test. */
public final class EveryChannel {

    private EveryChannel() {
    }

    /** Call from a {@code @BeforeEach} of a {@code @QuarkusTest}. */
    public static void configured() {
        QuarkusMock.installMockForType(new ConfiguredChannels(null) {
            @Override
            public Set<ChannelName> now() {
                return EnumSet.allOf(ChannelName.class);
            }
        }, ConfiguredChannels.class);
    }
}

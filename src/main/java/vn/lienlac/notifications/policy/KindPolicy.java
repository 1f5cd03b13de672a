package vn.lienlac.notifications.policy;

import java.time.Duration;
import java.util.List;
import vn.lienlac.notifications.outbox.ChannelName;

/**
 * The policy of one item kind at one school.
 *
 * @param mode         how paid channels are used
 * @param paidChannels the paid channels, in the order tried (a subset of ZALO, SMS)
 * @param readWindow   how long an important or urgent item may stay unread before the next paid step
 * @param expiry       how long after its due time an attempt is still made
 */
public record KindPolicy(PaidMode mode, List<ChannelName> paidChannels, Duration readWindow, Duration expiry) {

    public KindPolicy {
        paidChannels = List.copyOf(paidChannels);
    }
}

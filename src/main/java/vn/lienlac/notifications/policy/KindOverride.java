package vn.lienlac.notifications.policy;

import java.util.List;
import vn.lienlac.notifications.outbox.ChannelName;

/**
 * A school's departure from the default policy of one kind; a null field keeps the default.
 *
 * @param mode              how paid channels are used
 * @param paidChannels      the paid channels in the order tried (ZALO, SMS; empty: none)
 * @param readWindowMinutes the read window of important and urgent items, in minutes
 */
public record KindOverride(PaidMode mode, List<ChannelName> paidChannels, Integer readWindowMinutes) {

    public KindOverride {
        paidChannels = paidChannels == null ? null : List.copyOf(paidChannels);
    }
}

package vn.lienlac.notifications.policy;

import java.util.List;
import vn.lienlac.notifications.outbox.ChannelName;

/**
 * What the policy needs to know about one recipient at enqueue time.
 *
 * @param phone     their E.164 phone from the directory, or null
 * @param push      their own choice: push for non-urgent items
 * @param paid      their own choice: Zalo and SMS for non-urgent items
 * @param endpoints their push endpoints (those of every participant sharing their phone: one person, one device)
 */
public record RecipientFacts(String phone, boolean push, boolean paid, List<Endpoint> endpoints) {

    public static final RecipientFacts UNKNOWN = new RecipientFacts(null, true, true, List.of());

    public RecipientFacts {
        endpoints = List.copyOf(endpoints);
    }

    /** One push endpoint: its id and channel. */
    public record Endpoint(long id, ChannelName channel) {
    }
}

package vn.lienlac.notifications.policy;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;

/**
 * A school's policy as the REST API shows it: what is in force, and what the school changed of the defaults.
 *
 * @param inForce  every kind's policy in force
 * @param changes  the school's stored departures (what a PUT sends back to keep them)
 * @param updatedAt when the school last changed them, or null
 */
public record SchoolPolicyView(String schoolCode, @JsonFormat(pattern = "HH:mm") LocalTime quietFrom,
        @JsonFormat(pattern = "HH:mm") LocalTime quietUntil,
        Map<ItemKind, Kind> inForce, SchoolOverrides changes, Instant updatedAt) {

    /** One kind's policy in force; minutes for the windows. */
    public record Kind(PaidMode mode, java.util.List<ChannelName> paidChannels, long readWindowMinutes,
            long expiryMinutes) {
    }

    static SchoolPolicyView of(String schoolCode, SchoolPolicy policy, SchoolOverrides changes, Instant updatedAt) {
        Map<ItemKind, Kind> kinds = new EnumMap<>(ItemKind.class);
        policy.kinds().forEach((kind, p) -> kinds.put(kind, new Kind(p.mode(), p.paidChannels(),
                p.readWindow().toMinutes(), p.expiry().toMinutes())));
        return new SchoolPolicyView(schoolCode, policy.quietFrom(), policy.quietUntil(), kinds, changes, updatedAt);
    }
}

package vn.lienlac.notifications.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Reach;

/**
 * The policy as a pure decision (docs/notifications.md, "The policy"): the attempt rows of one item for one
 * recipient. Step 0 is push, one row per endpoint; the paid channels follow, one step each. The outbox sender sends
 * a later step only while the item is unread and, for an ordinary item, only when every earlier row failed; for an
 * important kind or an urgent item, when its due time (one read window after the previous step) has come.
 */
public final class Routes {

    private Routes() {
    }

    /**
     * @param policy     the school's policy
     * @param configured the channels whose environment is set
     * @param connected  the recipient has an open WebSocket now (they see the item live)
     */
    public static List<PlannedAttempt> plan(Reach reach, RecipientFacts facts, SchoolPolicy policy,
            Set<ChannelName> configured, boolean connected, Instant now, ZoneId zone) {
        boolean urgent = reach.urgent();
        KindPolicy kind = policy.kind(reach.kind());
        boolean escalates = reach.kind() != ItemKind.CHAT && (reach.kind().important() || urgent);
        List<PlannedAttempt> rows = new ArrayList<>();
        Instant due = urgent ? now : policy.afterQuietHours(now, zone);

        List<RecipientFacts.Endpoint> endpoints = facts.endpoints().stream()
                .filter(e -> configured.contains(e.channel())).toList();
        boolean hasApp = !endpoints.isEmpty();
        if (!connected && (urgent || facts.push())) {
            for (RecipientFacts.Endpoint endpoint : endpoints) {
                rows.add(new PlannedAttempt(0, endpoint.channel(), endpoint.id(), null, due,
                        due.plus(kind.expiry())));
            }
        }

        PaidMode mode = reach.kind() == ItemKind.CHAT ? PaidMode.PUSH_ONLY
                : urgent && kind.mode() != PaidMode.FALLBACK ? PaidMode.FALLBACK : kind.mode();
        boolean paid = facts.phone() != null && (urgent || facts.paid())
                && (mode == PaidMode.FALLBACK || (mode == PaidMode.NO_APP && !hasApp))
                && (escalates || !connected);
        if (!paid) {
            return rows;
        }
        int step = rows.isEmpty() ? 0 : 1;
        // An escalating item waits one read window before each paid step that follows something the person may
        // already have seen: a push, a live WebSocket, or the previous paid message.
        Instant at = due;
        boolean waits = escalates && (!rows.isEmpty() || connected);
        for (ChannelName channel : kind.paidChannels()) {
            if (!configured.contains(channel)) {
                continue;
            }
            if (waits) {
                at = at.plus(kind.readWindow());
                at = urgent ? at : policy.afterQuietHours(at, zone);
            }
            rows.add(new PlannedAttempt(step++, channel, null, facts.phone(), at, at.plus(kind.expiry())));
            waits = escalates;
        }
        return rows;
    }
}

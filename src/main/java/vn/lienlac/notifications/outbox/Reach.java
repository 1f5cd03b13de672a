package vn.lienlac.notifications.outbox;

import java.util.Objects;
import vn.lienlac.directory.Participant;

/**
 * A producer's request to bring one item to one person's attention; {@link Outbox#enqueue} turns it into an
 * {@code outbox_item} and the attempt rows the policy chooses.
 *
 * @param kind           what it is about
 * @param itemRef        the item, unique per recipient: "notice:12", "chat:45:678", "directive:7", "invitation:3"
 * @param recipient      who
 * @param schoolId       the school it concerns (budgets, per-school policy), or null
 * @param districtId     the district office whose budget is charged when there is no school, or null
 * @param urgent         marked urgent by someone allowed to (passes quiet hours and an exhausted budget; audited by
 *                       the producer)
 * @param conversationId where the item lives in the app (its read mark settles the item), or null
 * @param seq            its position there, or null
 * @param message        what to say
 */
public record Reach(ItemKind kind, String itemRef, Participant recipient, Long schoolId, Long districtId,
        boolean urgent, Long conversationId, Long seq, Message message) {

    public Reach {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemRef, "itemRef");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
    }
}

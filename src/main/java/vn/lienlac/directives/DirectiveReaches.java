package vn.lienlac.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lienlac.chat.inbox.InboxPosition;
import vn.lienlac.directory.Participant;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.Reach;

/**
 * What notifications are asked to bring to staff members' attention (docs/notifications.md, "Producers and read
 * marks"): a DIRECTIVE item per recipient of a new directive (urgent when its sender marked it so), a REMINDER item
 * per reminder. The body is the inbox item's text; the inbox position lets a read mark settle the item.
 */
public final class DirectiveReaches {

    static final String NEW = "Văn bản mới";
    static final String NEW_URGENT = "Văn bản khẩn";
    static final String REMINDER = "Nhắc việc";
    /** Zalo/SMS templates: a new directive, and a reminder. */
    static final String TEMPLATE = "lienlac_directive";
    static final String REMINDER_TEMPLATE = "lienlac_directive_reminder";

    private DirectiveReaches() {
    }

    /** The item ref of a directive: {@code directive:7}. */
    public static String itemRef(long directiveId) {
        return "directive:" + directiveId;
    }

    /** The item ref of a reminder: {@code directive:7:reminder:ACK_DUE:2026-12-07}. */
    public static String reminderRef(long directiveId, String kind, Object round) {
        return itemRef(directiveId) + ":reminder:" + kind + ":" + round;
    }

    /** One DIRECTIVE reach per recipient, in the order of the recipients and their inbox positions. */
    static List<Reach> received(long directiveId, DirectiveDraft draft, String text, List<Recipient> recipients,
            List<InboxPosition> positions, Long districtId) {
        String body = Message.shorten(text);
        List<Reach> reaches = new ArrayList<>(recipients.size());
        for (int i = 0; i < recipients.size(); i++) {
            InboxPosition at = positions.get(i);
            Message message = new Message(draft.urgent() ? NEW_URGENT : NEW, body, url(at), TEMPLATE,
                    Map.of("number", draft.documentNumber(), "content", body), null);
            reaches.add(new Reach(ItemKind.DIRECTIVE, itemRef(directiveId),
                    Participant.staff(recipients.get(i).staffId()), recipients.get(i).schoolId(),
                    recipients.get(i).districtId() != null ? recipients.get(i).districtId() : districtId,
                    draft.urgent(), at.conversationId(), at.seq(), message));
        }
        return reaches;
    }

    /** One REMINDER reach. */
    public static Reach reminder(String itemRef, long staffId, Long schoolId, String number, String text,
            InboxPosition at) {
        String body = Message.shorten(text);
        Message message = new Message(REMINDER, body, url(at), REMINDER_TEMPLATE,
                Map.of("number", number, "content", body), null);
        return new Reach(ItemKind.REMINDER, itemRef, Participant.staff(staffId), schoolId, null, false,
                at.conversationId(), at.seq(), message);
    }

    private static String url(InboxPosition at) {
        return "/#/hop-thu/" + at.conversationId() + "/" + at.seq();
    }

}

package vn.lienlac.notices.delivery;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.lienlac.chat.inbox.InboxPosition;
import vn.lienlac.directory.Participant;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.Reach;

/**
 * What notifications are asked to bring to a guardian's attention for a notice item (docs/notifications.md,
 * "Producers and read marks"): the item kind of the category, the inbox item's text as the body (the text the app
 * shows, with diacritics), the category and whom it is about as the title, the inbox position (its read mark
 * settles the item), and the Zalo/SMS template of the category with its parameters.
 */
public final class NoticeReaches {


    private NoticeReaches() {
    }

    /** The item ref of a notice's version: {@code notice:12} for the first, {@code notice:12:v2} for later ones. */
    public static String itemRef(long noticeId, int version) {
        return version <= 1 ? "notice:" + noticeId : "notice:" + noticeId + ":v" + version;
    }

    /** The Zalo/SMS template of a category: {@code lienlac_notice_grade}, ..._attendance, ..._health, ..._activity. */
    static String template(NoticeKind kind) {
        return "lienlac_notice_" + kind.name().toLowerCase(Locale.ROOT);
    }

    static ItemKind itemKind(NoticeKind kind) {
        return switch (kind) {
            case GRADE -> ItemKind.GRADE;
            case ATTENDANCE -> ItemKind.ATTENDANCE;
            case HEALTH -> ItemKind.HEALTH;
            case ACTIVITY -> ItemKind.ACTIVITY;
            case ASSESSMENT -> ItemKind.ASSESSMENT;
            case COMMENT -> ItemKind.COMMENT;
        };
    }

    static Reach of(NoticeKind kind, Outgoing change, long guardianId, String text, InboxPosition at,
            NoticeOrigin origin) {
        String body = Message.shorten(text);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("school", origin.schoolName());
        params.put("about", change.about());
        params.put("content", body);
        Message message = new Message(kind.label() + " – " + change.about(), body,
                "/#/hop-thu/" + at.conversationId() + "/" + at.seq(), template(kind), params, null);
        return new Reach(itemKind(kind), itemRef(change.noticeId(), change.version()),
                Participant.guardian(guardianId), origin.schoolId(), null, origin.urgent(), at.conversationId(),
                at.seq(), message);
    }

}

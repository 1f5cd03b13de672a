package vn.lienlac.chat.send;

import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.directory.Participant;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.Reach;

/**
 * What notifications are asked to do for a new message (docs/notifications.md, "Producers and read marks"): a CHAT
 * item for each member the send check found with a push endpoint and no open connection — never the member who gets
 * the message silently (quiet hours). Push only: the policy never sends chat to a paid channel, and the message has no
 * template. Items of one conversation replace each other on the device (collapse key {@code chat:<conversation>}).
 */
final class ChatReaches {

    static final String ATTACHMENT = "Đã gửi một tệp đính kèm.";
    static final String SOMEONE = "Tin nhắn mới";

    private ChatReaches() {
    }

    /** The reaches for one stored message; {@code check} is its send check row (with {@code push_to}). */
    static void add(List<Reach> reaches, Row check, ChatEvent event) {
        String[] pushTo = check.getArrayOfStrings("push_to");
        if (pushTo == null || pushTo.length == 0) {
            return;
        }
        Message message = message(check, event);
        String itemRef = "chat:" + event.conversationId() + ":" + event.seq();
        Long schoolId = check.getLong("school_id");
        for (String member : pushTo) {
            if (member.equals(event.silentFor())) {
                continue;
            }
            reaches.add(new Reach(ItemKind.CHAT, itemRef, Participant.parse(member), schoolId, null, false,
                    event.conversationId(), event.seq(), message));
        }
    }

    static List<Reach> none() {
        return new ArrayList<>();
    }

    private static Message message(Row check, ChatEvent event) {
        String name = check.getString("sender_name");
        String group = check.getString("title");
        String title = name == null ? SOMEONE : group == null ? name : name + " – " + group;
        String text = event.body() == null || event.body().isBlank() ? ATTACHMENT : event.body();
        return new Message(title, Message.shorten(text), "/#/tro-chuyen/" + event.conversationId(), null, null,
                "chat:" + event.conversationId());
    }

}

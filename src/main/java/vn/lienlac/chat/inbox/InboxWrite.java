package vn.lienlac.chat.inbox;

import java.util.List;
import vn.lienlac.chat.event.ChatEvent;

/** What {@link Inboxes#append} stored: hand it to {@link Inboxes#committed} once the transaction has committed. */
public final class InboxWrite {

    static final InboxWrite EMPTY = new InboxWrite(List.of(), List.of());

    private final List<InboxPosition> positions;
    private final List<ChatEvent> events;

    InboxWrite(List<InboxPosition> positions, List<ChatEvent> events) {
        this.positions = List.copyOf(positions);
        this.events = List.copyOf(events);
    }

    /** One per item, in the order of the items. */
    public List<InboxPosition> positions() {
        return positions;
    }

    List<ChatEvent> events() {
        return events;
    }
}

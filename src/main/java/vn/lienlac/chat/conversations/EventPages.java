package vn.lienlac.chat.conversations;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.chat.Memberships;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.chat.event.EventView;

/**
 * History pages for a conversation's active members; anyone else, a removed member included, gets nothing (null).
 * Each page asks the log for one event more than it returns, to know whether there are more.
 */
@ApplicationScoped
public class EventPages {

    private final Memberships memberships;
    private final EventLog log;

    public EventPages(Memberships memberships, EventLog log) {
        this.memberships = memberships;
        this.log = log;
    }

    /** The page, or null when the caller is not an active member of the conversation. */
    public Uni<EventPage> page(ChatIdentity caller, long conversationId, PageRequest request) {
        return memberships.memberAs(caller, conversationId).chain(me -> me == null
                ? Uni.createFrom().nullItem()
                : fetch(conversationId, request).map(events -> page(events, request, me)));
    }

    private Uni<List<ChatEvent>> fetch(long conversationId, PageRequest request) {
        int asked = request.limit() + 1;
        if (request.before() == null) {
            long after = request.after() == null ? 0 : request.after();
            return log.after(conversationId, after, asked);
        }
        if (request.after() == null) {
            return log.latestBefore(conversationId, request.before(), asked);
        }
        return log.between(conversationId, request.after(), request.before(), asked);
    }

    private static EventPage page(List<ChatEvent> events, PageRequest request, Participant viewer) {
        boolean hasMore = events.size() > request.limit();
        boolean backwards = request.before() != null && request.after() == null;
        List<ChatEvent> kept = !hasMore ? events
                : backwards ? events.subList(1, events.size()) : events.subList(0, request.limit());
        String me = viewer.toString();
        return new EventPage(kept.stream().map(event -> EventView.of(event, me)).toList(), hasMore);
    }
}

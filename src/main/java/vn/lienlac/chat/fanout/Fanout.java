package vn.lienlac.chat.fanout;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventType;

/**
 * Delivery of committed events to the connections on this pod and, through the {@link ChatBus}, on every other
 * pod. Call {@link #committed} after the transaction that appended the events has committed; connections then read
 * what they have not sent yet from the {@link ConversationFeeds}. Typing and receipts travel the same way but are
 * never stored.
 */
@Singleton
public class Fanout {

    private static final long EVICT_EVERY_MILLIS = 60_000;
    private static final long IDLE_FEED_MILLIS = 300_000;

    private final Hub hub;
    private final ConversationFeeds feeds;
    private final ChatBus bus;
    private final FrameEncoder encoder;

    public Fanout(Hub hub, ConversationFeeds feeds, ChatBus bus, FrameEncoder encoder) {
        this.hub = hub;
        this.feeds = feeds;
        this.bus = bus;
        this.encoder = encoder;
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        bus.onSignal(this::received);
        bus.onReconnect(hub::wakeAll);
        if (bus instanceof PgChatBus pg) {
            pg.listen();
        }
        vertx.setPeriodic(EVICT_EVERY_MILLIS, id -> feeds.evictIdle(IDLE_FEED_MILLIS, hub));
    }

    /** Events just committed (any conversations, each conversation's in sequence order). */
    public void committed(List<ChatEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        feeds.committed(events);
        Map<Long, Long> newest = new LinkedHashMap<>();
        for (ChatEvent event : events) {
            newest.merge(event.conversationId(), event.seq(), Math::max);
            if (event.type() == EventType.MEMBER_JOINED && event.subject() != null) {
                Signal.Joined joined = new Signal.Joined(event.subject(), event.conversationId(), event.seq());
                hub.joined(joined.participant(), joined.conversationId(), joined.seq());
                bus.publish(joined);
            }
        }
        hub.wake(newest.keySet());
        newest.forEach((conversationId, seq) -> bus.publish(new Signal.Advanced(conversationId, seq)));
    }

    /** {@code participant} is typing: tells the conversation's other connections, here and on other pods. */
    public void typing(long conversationId, String participant) {
        Signal.Typing typing = new Signal.Typing(conversationId, participant);
        deliverLocally(typing);
        bus.publish(typing);
    }

    /** {@code participant}'s receipts moved (already stored). */
    public void receipt(long conversationId, String participant, long deliveredSeq, long readSeq) {
        Signal.Receipt receipt = new Signal.Receipt(conversationId, participant, deliveredSeq, readSeq);
        deliverLocally(receipt);
        bus.publish(receipt);
    }

    private void received(Signal signal) {
        if (signal instanceof Signal.Advanced a) {
            feeds.know(a.conversationId(), a.seq());
            hub.wake(a.conversationId());
        } else if (signal instanceof Signal.Joined j) {
            feeds.know(j.conversationId(), j.seq());
            hub.joined(j.participant(), j.conversationId(), j.seq());
        } else {
            deliverLocally(signal);
        }
    }

    private void deliverLocally(Signal signal) {
        if (signal instanceof Signal.Typing t) {
            hub.ephemeral(t.conversationId(), t.participant(), encoder.typing(t.conversationId(), t.participant()));
        } else if (signal instanceof Signal.Receipt r) {
            hub.ephemeral(r.conversationId(), r.participant(), encoder.receipt(r.conversationId(), r.participant(),
                    r.deliveredSeq(), r.readSeq()));
        }
    }
}

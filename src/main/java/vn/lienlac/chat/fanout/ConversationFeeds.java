package vn.lienlac.chat.fanout;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventLog;

/**
 * This pod's read-through cache of the newest events per conversation. Every connection that follows a
 * conversation reads its events from here, so a message to a class of 40 is loaded (at most) once and encoded
 * once. Events committed on this pod go in directly; events committed elsewhere are loaded once per wake-up, by
 * one query whatever the number of connections waiting for them.
 */
@Singleton
public class ConversationFeeds {

    /** Events kept per conversation: enough for live delivery; older ones are read from the database. */
    static final int CAPACITY = 64;
    private static final int LOAD_LIMIT = 256;

    private final ConcurrentHashMap<Long, Feed> feeds = new ConcurrentHashMap<>();
    private final EventLog log;

    public ConversationFeeds(EventLog log) {
        this.log = log;
    }

    /** Events just committed on this pod, each conversation's in order. */
    void committed(List<ChatEvent> events) {
        Map<Long, List<ChatEvent>> byConversation = new LinkedHashMap<>();
        for (ChatEvent event : events) {
            byConversation.computeIfAbsent(event.conversationId(), id -> new ArrayList<>()).add(event);
        }
        byConversation.forEach((id, list) -> feed(id).add(list));
    }

    /** Another pod committed events up to {@code seq}. */
    void know(long conversationId, long seq) {
        feed(conversationId).know(seq);
    }

    /** The highest sequence number this pod knows exists in the conversation (0 when it knows of none). */
    public long known(long conversationId) {
        return feed(conversationId).known();
    }

    /** Records that the database has events up to {@code seq}, as a connection that read it found. */
    public void saw(long conversationId, long seq) {
        feed(conversationId).know(seq);
    }

    /**
     * Up to {@code limit} cached events after {@code afterSeq}, in order and without gaps (empty when there are
     * none), or null when the cache cannot answer and {@link #after} must read the database. Live delivery asks
     * this first: it costs no allocation beyond the list.
     */
    public List<FeedEntry> cached(long conversationId, long afterSeq, int limit) {
        return cached(feed(conversationId), afterSeq, limit);
    }

    private static List<FeedEntry> cached(Feed feed, long afterSeq, int limit) {
        feed.touchedAt = System.nanoTime();
        return feed.after(afterSeq, limit);
    }

    /**
     * Up to {@code limit} events after {@code afterSeq}, in order and without gaps; empty when there are none.
     * Served from the cache when it can, else read from the database.
     */
    public Uni<List<FeedEntry>> after(long conversationId, long afterSeq, int limit) {
        Feed feed = feed(conversationId);
        List<FeedEntry> cached = cached(feed, afterSeq, limit);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        long firstCached = feed.firstCached();
        if (firstCached >= 0 && afterSeq + 1 < firstCached) {
            return direct(conversationId, afterSeq, limit);
        }
        return loadNewer(conversationId, feed, Math.max(afterSeq, feed.lastCached())).chain(() -> {
            List<FeedEntry> now = feed.after(afterSeq, limit);
            return now != null ? Uni.createFrom().item(now) : direct(conversationId, afterSeq, limit);
        });
    }

    /** One database read per conversation at a time; everyone who needs the newer events waits for it. */
    private Uni<Void> loadNewer(long conversationId, Feed feed, long from) {
        synchronized (feed) {
            if (feed.loading == null) {
                feed.loading = log.after(conversationId, from, LOAD_LIMIT)
                        .onItemOrFailure().invoke((events, failure) -> {
                            synchronized (feed) {
                                feed.loading = null;
                            }
                            if (events != null) {
                                feed.add(events);
                            }
                        })
                        .replaceWithVoid()
                        .memoize().indefinitely();
            }
            return feed.loading;
        }
    }

    private Uni<List<FeedEntry>> direct(long conversationId, long afterSeq, int limit) {
        return log.after(conversationId, afterSeq, limit)
                .map(events -> events.stream().map(FeedEntry::new).toList());
    }

    /** Drops the feeds nobody read for {@code idleMillis} and that no connection on this pod follows. */
    void evictIdle(long idleMillis, Hub hub) {
        long cutoff = System.nanoTime() - idleMillis * 1_000_000;
        feeds.entrySet().removeIf(e -> e.getValue().touchedAt - cutoff < 0 && !hub.followed(e.getKey()));
    }

    private Feed feed(long conversationId) {
        return feeds.computeIfAbsent(conversationId, id -> {
            Feed feed = new Feed(CAPACITY);
            feed.touchedAt = System.nanoTime();
            return feed;
        });
    }
}

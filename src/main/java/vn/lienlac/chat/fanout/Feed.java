package vn.lienlac.chat.fanout;

import io.smallrye.mutiny.Uni;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import vn.lienlac.chat.event.ChatEvent;

/**
 * The newest events of one conversation that this pod has seen, contiguous in sequence, plus the highest sequence
 * number it knows exists. Guarded by its own monitor; see {@link ConversationFeeds}.
 */
final class Feed {

    private final int capacity;
    private final ArrayDeque<FeedEntry> entries = new ArrayDeque<>();
    private long known;
    Uni<Void> loading;
    /** {@link System#nanoTime()} of the last read. */
    volatile long touchedAt;

    Feed(int capacity) {
        this.capacity = capacity;
    }

    synchronized long known() {
        return known;
    }

    synchronized void know(long seq) {
        known = Math.max(known, seq);
    }

    synchronized long firstCached() {
        return entries.isEmpty() ? -1 : entries.peekFirst().seq();
    }

    synchronized long lastCached() {
        return entries.isEmpty() ? -1 : entries.peekLast().seq();
    }

    /** Adds events that follow on from what is cached; a gap drops the cache and starts again from them. */
    synchronized void add(List<ChatEvent> events) {
        for (ChatEvent event : events) {
            known = Math.max(known, event.seq());
            if (!entries.isEmpty()) {
                long last = entries.peekLast().seq();
                if (event.seq() <= last) {
                    continue;
                }
                if (event.seq() != last + 1) {
                    entries.clear();
                }
            }
            entries.addLast(new FeedEntry(event));
            if (event.type().changesTarget()) {
                applyChange(event);
            }
            if (entries.size() > capacity) {
                entries.removeFirst();
            }
        }
    }

    /**
     * Up to {@code limit} cached events after {@code afterSeq}, or null when the cache does not start early enough
     * to answer (the caller must read the database).
     */
    synchronized List<FeedEntry> after(long afterSeq, int limit) {
        if (entries.isEmpty()) {
            return known <= afterSeq ? List.of() : null;
        }
        long first = entries.peekFirst().seq();
        long last = entries.peekLast().seq();
        if (afterSeq + 1 < first) {
            return null;
        }
        if (afterSeq >= last) {
            return known <= afterSeq ? List.of() : null;
        }
        // The entries are contiguous in sequence, so the wanted ones are the last (last - afterSeq): a live
        // follower wants one or two of them, found from the tail instead of walking the whole cache.
        int wanted = (int) (last - afterSeq);
        if (wanted > limit) {
            List<FeedEntry> slice = new ArrayList<>(limit);
            Iterator<FeedEntry> forward = entries.iterator();
            for (int skip = entries.size() - wanted; skip > 0; skip--) {
                forward.next();
            }
            while (slice.size() < limit) {
                slice.add(forward.next());
            }
            return slice;
        }
        FeedEntry[] slice = new FeedEntry[wanted];
        Iterator<FeedEntry> backward = entries.descendingIterator();
        for (int i = wanted - 1; i >= 0; i--) {
            slice[i] = backward.next();
        }
        return Arrays.asList(slice);
    }

    /** Keeps a cached message or item showing its current state, as a replay from the database would. */
    private void applyChange(ChatEvent change) {
        List<FeedEntry> updated = new ArrayList<>(entries.size());
        for (FeedEntry entry : entries) {
            ChatEvent e = entry.event();
            if (change.targetSeq() != null && e.seq() == change.targetSeq() && e.type().readable()) {
                entry = new FeedEntry(e.changedBy(change));
            }
            updated.add(entry);
        }
        entries.clear();
        entries.addAll(updated);
    }
}

package vn.lienlac.chat.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventType;

/** The feed cache answers "what follows this sequence number" exactly, or says it cannot. */
class FeedTest {

    @Test
    void answersWhatFollowsAWatermarkInOrderUpToTheLimit() {
        Feed feed = new Feed(8);
        feed.add(events(1, 12)); // keeps 5..12
        assertEquals(List.of(12L), seqs(feed.after(11, 100)));
        assertEquals(List.of(10L, 11L, 12L), seqs(feed.after(9, 100)));
        assertEquals(List.of(5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), seqs(feed.after(4, 100)));
        assertEquals(List.of(5L, 6L, 7L), seqs(feed.after(4, 3)));
        assertEquals(List.of(8L, 9L), seqs(feed.after(7, 2)));
        assertEquals(List.of(), feed.after(12, 100));
    }

    @Test
    void saysWhenItCannotAnswer() {
        Feed feed = new Feed(8);
        feed.add(events(1, 12));
        assertNull(feed.after(3, 100), "5..12 cached: 4 is missing");
        feed.know(14);
        assertNull(feed.after(12, 100), "13 and 14 exist but are not cached");
        assertEquals(List.of(), new Feed(8).after(0, 100));
    }

    @Test
    void aGapStartsTheCacheAgain() {
        Feed feed = new Feed(8);
        feed.add(events(1, 4));
        feed.add(events(7, 9));
        assertEquals(List.of(8L, 9L), seqs(feed.after(7, 100)));
        assertNull(feed.after(4, 100));
    }

    private static List<ChatEvent> events(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(seq -> new ChatEvent(1, seq, EventType.MESSAGE, "g:1",
                "c" + seq, "Chào cô", null, null, null, null, null, Instant.EPOCH, null, false, false, null)).toList();
    }

    private static List<Long> seqs(List<FeedEntry> entries) {
        return entries.stream().map(FeedEntry::seq).toList();
    }
}

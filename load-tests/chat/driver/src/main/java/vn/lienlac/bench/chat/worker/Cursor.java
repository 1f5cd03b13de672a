package vn.lienlac.bench.chat.worker;

/**
 * What one client has stored of one conversation: the last sequence number, kept across connections as a real
 * client keeps it. Checks the protocol's promise that events arrive in order, each once, without a silent hole.
 */
final class Cursor {

    /** What an arriving event was, for the counters. */
    enum Arrival { NEXT, SKIPPED, ANNOUNCED_GAP, DUPLICATE }

    private long last;
    private long announcedBefore;
    private long expected;
    private long skipped;

    Cursor(long last) {
        this.last = last;
        this.expected = last;
    }

    long last() {
        return last;
    }

    /** The numbers skipped by the last {@link #arrive} that returned {@link Arrival#SKIPPED} or an announced gap. */
    long skipped() {
        return skipped;
    }

    /** The server announced a {@code gap}: events before {@code beforeSeq} are to be fetched over REST. */
    void gapAnnounced(long beforeSeq) {
        announcedBefore = Math.max(announcedBefore, beforeSeq);
    }

    /** The server's {@code synced} said the conversation had reached {@code lastSeq}. */
    void expect(long lastSeq) {
        expected = Math.max(expected, lastSeq);
    }

    /** Takes an event's {@code seq}. */
    Arrival arrive(long seq) {
        if (seq <= last) {
            return Arrival.DUPLICATE;
        }
        long previous = last;
        last = seq;
        expected = Math.max(expected, seq);
        if (seq == previous + 1) {
            return Arrival.NEXT;
        }
        skipped = seq - previous - 1;
        return seq - 1 < announcedBefore ? Arrival.ANNOUNCED_GAP : Arrival.SKIPPED;
    }

    /** At the end: the numbers this client never received although the server reported or acked them. */
    long behind(long highestKnown) {
        return Math.max(0, Math.max(expected, highestKnown) - last);
    }
}

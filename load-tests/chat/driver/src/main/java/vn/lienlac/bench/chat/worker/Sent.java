package vn.lienlac.bench.chat.worker;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One message the benchmark sent, from its first {@code send} until every intended recipient has received it. The
 * intended recipients are the conversation's other members held by this driver process, so the send time and the
 * receive times are read from one clock ({@link System#nanoTime()}).
 */
final class Sent {

    final String clientId;
    final long conversationId;
    final int sender;
    final long firstSentNanos;
    final boolean inWindow;
    /** Recipients that have not received it yet. */
    final AtomicInteger remaining;
    /** The seq the server gave it (from the ack or the first event), 0 until known. */
    private final AtomicLong seq = new AtomicLong();
    volatile boolean acked;
    /** The server refused it for good (an error other than a retryable one): nobody is owed it. */
    volatile boolean refused;
    long lastSentNanos;

    Sent(String clientId, long conversationId, int sender, long now, boolean inWindow, int recipients) {
        this.clientId = clientId;
        this.conversationId = conversationId;
        this.sender = sender;
        this.firstSentNanos = now;
        this.lastSentNanos = now;
        this.inWindow = inWindow;
        this.remaining = new AtomicInteger(recipients);
    }

    /** Records the seq the server reported; false when it already reported another one. */
    boolean stored(long at) {
        long before = seq.compareAndExchange(0, at);
        return before == 0 || before == at;
    }

    long seq() {
        return seq.get();
    }
}

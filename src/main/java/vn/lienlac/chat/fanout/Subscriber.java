package vn.lienlac.chat.fanout;

import java.util.Set;

/** A connection on this pod, as the {@link Hub} sees it. Every method is called off the caller's locks and must not block. */
public interface Subscriber {

    /** The participants this connection acts for. */
    Set<String> participants();

    /** The conversation may have events this connection has not sent yet. */
    void wake(long conversationId);

    /** {@code participant} (one of {@link #participants}) joined the conversation with the event {@code seq}. */
    void joined(long conversationId, String participant, long seq);

    /** An ephemeral frame (typing, receipt) from {@code from}, already encoded. */
    void ephemeral(long conversationId, String from, String frame);
}

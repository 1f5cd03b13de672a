package vn.lienlac.chat.fanout;

import java.util.Set;

/**
 * A connection on this pod, as the {@link Hub} sees it: the participants it acts for; each conversation it follows
 * is a {@link Follower}. Every method is called off the caller's locks and must not block.
 */
public interface Subscriber {

    /** The participants this connection acts for. */
    Set<String> participants();

    /** {@code participant} (one of {@link #participants}) joined the conversation with the event {@code seq}. */
    void joined(long conversationId, String participant, long seq);
}

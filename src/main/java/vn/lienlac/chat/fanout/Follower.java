package vn.lienlac.chat.fanout;

/**
 * One conversation one connection on this pod follows, as the {@link Hub} routes to it. Held directly in the
 * Hub's index, so that waking the 40 members of a class group is 40 calls, not 40 map lookups. Every method is
 * called off the caller's locks and must not block.
 */
public interface Follower {

    /** The conversation may have events this connection has not sent yet. The Hub calls it on the follower's lane. */
    void wake();

    /** The event loop of the follower's connection. */
    Lane lane();

    /** An ephemeral frame (typing, receipt) of the conversation from {@code from}, already encoded. */
    void ephemeral(String from, String frame);
}

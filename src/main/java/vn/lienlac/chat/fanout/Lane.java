package vn.lienlac.chat.fanout;

/**
 * The thread (an event loop) a follower's connection runs on. The {@link Hub} hands a wake-up to each lane once,
 * with all of that lane's followers, so that a message to a class group is delivered by every event loop in
 * parallel, each writing to its own connections, instead of by the one thread that committed it.
 */
public interface Lane {

    /** Whether the calling thread is this lane's. */
    boolean isCurrent();

    /** Runs the task on this lane, later. */
    void execute(Runnable task);
}

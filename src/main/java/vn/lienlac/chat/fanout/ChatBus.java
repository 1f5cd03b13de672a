package vn.lienlac.chat.fanout;

import java.util.function.Consumer;

/**
 * The wake-up channel between pods. PostgreSQL LISTEN/NOTIFY today ({@link PgChatBus}); a broker (Redis, NATS,
 * Kafka) can replace it behind this interface. Signals may be lost (a reconnect of the listener): receivers must
 * treat the database as the truth, and {@link #onReconnect} tells them to re-check it.
 */
public interface ChatBus {

    /** Sends a signal to the other pods, soon and in order; never blocks, never fails the caller. */
    void publish(Signal signal);

    /** Where the other pods' signals go. Set once, before any signal arrives. */
    void onSignal(Consumer<Signal> receiver);

    /** Called after the bus lost its connection and got it back: signals of the gap may be missing. */
    void onReconnect(Runnable action);
}

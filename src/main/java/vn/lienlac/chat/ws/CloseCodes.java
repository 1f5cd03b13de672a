package vn.lienlac.chat.ws;

import io.quarkus.websockets.next.CloseReason;

/**
 * Close codes (docs/protocol.md): those that mean "reconnect" are kept apart from the terminal ones, so clients
 * know whether to come back. 1008 is sent by Quarkus itself when the access token's expiry passes, and by
 * {@link SessionRecheck} when the token's session ends before that.
 */
final class CloseCodes {

    /**
     * The connection's sign-in session ended (signed out, revoked, past its lifetime): refreshing the token fails,
     * so the client signs in again. The same code Quarkus sends when the access token expires.
     */
    static final CloseReason SESSION_ENDED = new CloseReason(1008, "session ended");
    /**
     * The pod is shutting down (rolling update, scale-in): reconnect at once, with jitter. The reason carries the
     * hint, for clients that show or log it; the drain already spreads these closes over its window.
     */
    static final CloseReason RESTARTING = new CloseReason(1012, "server restarting; reconnect now with jitter");
    /** The person no longer has access (left the directory): do not reconnect. */
    static final CloseReason FORBIDDEN = new CloseReason(4003, "forbidden");
    /** The client did not read its frames fast enough: reconnect and resume by cursor. */
    static final CloseReason TOO_SLOW = new CloseReason(4008, "outbound queue full");
    /** More frames than {@link Opening#EARLY_FRAMES} before {@code welcome}: reconnect, and wait for it. */
    static final CloseReason TOO_EARLY = new CloseReason(4029, "too many frames before welcome");
    /**
     * The person already holds {@code maxConnectionsPerPerson} connections on this pod: the newest is refused before
     * {@code welcome}. Reconnect with back-off (a connection the server still holds for a lost network goes within
     * the idle timeout), or close another device's.
     */
    static final CloseReason TOO_MANY_CONNECTIONS = new CloseReason(4010, "too many connections");
    /**
     * More refused frames than the connection's error budget (error frames are limited like sends: sendsPerSecond,
     * sendBurst): a policy violation, kept apart from 1008 (which tells a client to refresh its token). The client is broken or hostile; fix it before reconnecting.
     */
    static final CloseReason TOO_MANY_ERRORS = new CloseReason(4030, "too many refused frames");
    /** No frame from the client (pong included) for the idle timeout: reconnect. */
    static final CloseReason IDLE = new CloseReason(4009, "idle timeout");
    /**
     * A message over the size limit arrived before {@code welcome} (after it, the client gets a
     * {@code FRAME_TOO_LARGE} error frame instead): reconnect, and do not resend it.
     */
    static final CloseReason TOO_LARGE = new CloseReason(1009, "message too big");
    /** The server failed on this connection: reconnect with back-off. */
    static final CloseReason SERVER_ERROR = new CloseReason(1011, "server error");

    private CloseCodes() {
    }
}

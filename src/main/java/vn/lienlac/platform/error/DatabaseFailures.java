package vn.lienlac.platform.error;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

/**
 * Tells apart the database failures a client should see as something other than a 500: PostgreSQL out of reach (503
 * with Retry-After) and text PostgreSQL refuses to store (400). Walks the cause chain, because Hibernate Reactive,
 * Mutiny and the security layer wrap what the Vert.x PostgreSQL client raised.
 */
public final class DatabaseFailures {

    /**
     * SQLSTATEs of a server that is going away or not accepting connections: admin_shutdown, crash_shutdown,
     * cannot_connect_now (starting up or shutting down), too_many_connections. Class 08 (connection exception)
     * is checked separately.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /**
     * SQLSTATEs of text PostgreSQL cannot store: character_not_in_repertoire (a NUL byte, invalid UTF-8) and
     * untranslatable_character (a {@code \u0000} escape in jsonb).
     */
    private static final Set<String> INVALID_TEXT_STATES = Set.of("22021", "22P05");
    /** The Vert.x SQL pool's failure when no connection frees up in time ({@code PoolOptions.connectionTimeout}). */
    private static final String POOL_TIMEOUT = "Timeout waiting for connection";
    private static final int MAX_DEPTH = 12;

    private DatabaseFailures() {
    }

    /** True when the failure means PostgreSQL could not be reached or is not serving (connection refused, etc.). */
    public static boolean unavailable(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof ConnectException // includes Netty's connect refused and connect timeout
                    || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException
                    || t instanceof ClosedChannelException
                    || t instanceof ClosedConnectionException
                    || t instanceof ConnectionPoolTooBusyException) {
                return true;
            }
            if (t instanceof DatabaseException db && db.getSqlState() != null
                    && (db.getSqlState().startsWith("08") || UNAVAILABLE_STATES.contains(db.getSqlState()))) {
                return true;
            }
            if (t instanceof VertxException && POOL_TIMEOUT.equals(t.getMessage())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** True when PostgreSQL refused a text value the client sent (NUL, bytes that are not UTF-8). */
    public static boolean invalidText(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof DatabaseException db && INVALID_TEXT_STATES.contains(db.getSqlState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

package vn.lienlac.identity.session;

import static vn.lienlac.platform.sql.SqlTimes.instant;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import vn.lienlac.platform.sql.SqlTimes;

/** The {@code refresh_token} table: hashes of one-time refresh tokens, each belonging to one session. */
@ApplicationScoped
public class RefreshTokenStore {

    /** A stored refresh token: its session, when it expires, and when it was used (null: not yet). */
    public record StoredToken(UUID sessionId, Instant expiresAt, Instant usedAt) {
    }

    /** A new refresh token and when it expires. */
    public record IssuedToken(String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedToken[expiresAt=" + expiresAt + "]";
        }
    }

    private final SessionConfig config;

    public RefreshTokenStore(SessionConfig config) {
        this.config = config;
    }

    /** Issues a refresh token for the session, valid for the refresh lifetime but never past the session's end. */
    public Uni<IssuedToken> issue(SqlClient client, UUID sessionId, Instant now, Instant sessionExpiresAt) {
        String token = RefreshTokens.generate();
        Instant slide = now.plus(config.refreshTtl());
        Instant expiresAt = slide.isBefore(sessionExpiresAt) ? slide : sessionExpiresAt;
        return client.preparedQuery("""
                        INSERT INTO refresh_token (token_hash, session_id, issued_at, expires_at)
                        VALUES ($1, $2, $3, $4)""")
                .execute(Tuple.of(RefreshTokens.hash(token), sessionId, SqlTimes.of(now), SqlTimes.of(expiresAt)))
                .replaceWith(new IssuedToken(token, expiresAt));
    }

    /**
     * The stored token with this value, locked until the transaction ends, or a null item when there is none. Of two
     * concurrent refreshes with one token the second waits here and then sees the token used.
     */
    public Uni<StoredToken> lock(SqlConnection conn, String token) {
        return conn.preparedQuery("""
                        SELECT session_id, expires_at, used_at FROM refresh_token WHERE token_hash = $1 FOR UPDATE""")
                .execute(Tuple.of(RefreshTokens.hash(token)))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return null;
                    }
                    Row row = it.next();
                    return new StoredToken(row.getUUID("session_id"), instant(row, "expires_at"),
                            instant(row, "used_at"));
                });
    }

    public Uni<Void> markUsed(SqlClient client, String token, Instant now) {
        return client.preparedQuery("UPDATE refresh_token SET used_at = $2 WHERE token_hash = $1")
                .execute(Tuple.of(RefreshTokens.hash(token), SqlTimes.of(now)))
                .replaceWithVoid();
    }
}

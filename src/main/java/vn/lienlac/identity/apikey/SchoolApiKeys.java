package vn.lienlac.identity.apikey;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.lienlac.identity.apikey.ApiKeyViews.ApiKeyItem;
import vn.lienlac.identity.apikey.ApiKeyViews.ApiKeyOwner;
import vn.lienlac.identity.apikey.ApiKeyViews.CreatedApiKey;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.sql.SqlTimes;

/** Creates, lists, revokes and checks the API keys that school portals use as their service credential. */
@ApplicationScoped
public class SchoolApiKeys {

    /** Last-use stamps are written at most this often per key, so a busy portal does not write on every call. */
    static final long LAST_USED_RESOLUTION_SECONDS = 60;

    private final Pool pool;
    private final Clock clock;

    public SchoolApiKeys(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<CreatedApiKey> create(String schoolCode, String name, String createdBy) {
        String secret = ApiKeySecrets.newSecret();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        return pool.preparedQuery("INSERT INTO school_api_key (id, school_code, name, key_hash, key_prefix, created_by,"
                        + " created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.from(List.of(id, schoolCode, name, ApiKeySecrets.hash(secret),
                        ApiKeySecrets.displayPrefix(secret), createdBy, SqlTimes.of(now))))
                .onFailure(SchoolApiKeys::unknownSchool)
                .transform(e -> ApiException.notFound("Không tìm thấy trường " + schoolCode + "."))
                .map(rows -> new CreatedApiKey(id, schoolCode, name, secret, ApiKeySecrets.displayPrefix(secret), now));
    }

    public Uni<List<ApiKeyItem>> list(String schoolCode) {
        return pool.preparedQuery("SELECT id, school_code, name, key_prefix, created_by, created_at, last_used_at,"
                        + " revoked_at FROM school_api_key WHERE school_code = $1 ORDER BY created_at DESC")
                .execute(Tuple.of(schoolCode))
                .map(rows -> {
                    List<ApiKeyItem> items = new ArrayList<>();
                    rows.forEach(row -> items.add(item(row)));
                    return items;
                });
    }

    /** The key, or null when there is none with this id. */
    public Uni<ApiKeyItem> find(UUID id) {
        return pool.preparedQuery("SELECT id, school_code, name, key_prefix, created_by, created_at, last_used_at,"
                        + " revoked_at FROM school_api_key WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : item(rows.iterator().next()));
    }

    /** Revokes the key at once; revoking twice keeps the first time. True when the key exists. */
    public Uni<Boolean> revoke(UUID id) {
        return pool.preparedQuery("UPDATE school_api_key SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1")
                .execute(Tuple.of(id, SqlTimes.of(clock.instant())))
                .map(rows -> rows.rowCount() > 0);
    }

    /** The owner of a live key, or null; stamps the last use (written at most once a minute per key). */
    public Uni<ApiKeyOwner> authenticate(String secret) {
        Instant now = clock.instant();
        return pool.preparedQuery("SELECT id, school_code, last_used_at FROM school_api_key"
                        + " WHERE key_hash = $1 AND revoked_at IS NULL")
                .execute(Tuple.of(ApiKeySecrets.hash(secret)))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    Row row = rows.iterator().next();
                    ApiKeyOwner owner = new ApiKeyOwner(row.getUUID("id"), row.getString("school_code"));
                    Instant lastUsed = SqlTimes.instant(row, "last_used_at");
                    if (lastUsed != null && lastUsed.isAfter(now.minusSeconds(LAST_USED_RESOLUTION_SECONDS))) {
                        return Uni.createFrom().item(owner);
                    }
                    return pool.preparedQuery("UPDATE school_api_key SET last_used_at = $2 WHERE id = $1")
                            .execute(Tuple.of(owner.id(), SqlTimes.of(now))).replaceWith(owner);
                });
    }

    private static ApiKeyItem item(Row row) {
        return new ApiKeyItem(row.getUUID("id"), row.getString("school_code"), row.getString("name"),
                row.getString("key_prefix"), row.getString("created_by"), SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "last_used_at"), SqlTimes.instant(row, "revoked_at"));
    }

    private static boolean unknownSchool(Throwable failure) {
        return failure instanceof PgException pg && "23503".equals(pg.getSqlState());
    }
}

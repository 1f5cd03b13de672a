package vn.lienlac.notifications.zalo;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The OA's tokens in one row of {@code zalo_oa_token}, shared by every pod. A refresh runs in a transaction that holds
 * the row's lock: a pod that finds the row's access token already replaced uses it, so a single-use refresh token is
 * used by one pod, once. The row starts from the configured tokens. When the stored refresh token is refused and the
 * pod's configured refresh token is not the one the row started from (the operator authorised the OA again and
 * configured the new one), the row starts over from the configured one; pods still configured with the old one never
 * put it back.
 */
@ApplicationScoped
public class SharedZaloTokenStore implements ZaloTokenStore {

    private static final String SEED = """
            INSERT INTO zalo_oa_token (oa, access_token, refresh_token, configured_refresh_sha256)
            VALUES (1, $1, $2, $3)
            ON CONFLICT (oa) DO NOTHING""";
    private static final String STORE = """
            UPDATE zalo_oa_token SET access_token = $1, refresh_token = $2, configured_refresh_sha256 = $3,
                refreshed_at = $4
            WHERE oa = 1""";

    private final Pool pool;
    private final Clock clock;
    private final Optional<String> configuredAccess;
    private final Optional<String> configuredRefresh;

    public SharedZaloTokenStore(Pool pool, Clock clock, ZaloConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.configuredAccess = config.accessToken();
        this.configuredRefresh = config.refreshToken();
    }

    @Override
    public Uni<String> stored() {
        return pool.preparedQuery("SELECT access_token FROM zalo_oa_token WHERE oa = 1").execute()
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("access_token"));
    }

    @Override
    public Uni<String> replace(String stale, Function<String, Uni<ZaloTokenPair>> refresh) {
        if (configuredRefresh.isEmpty()) {
            return Uni.createFrom().failure(new IllegalStateException("no Zalo refresh token configured"));
        }
        String configured = configuredRefresh.get();
        String configuredSha = sha256(configured);
        return pool.withTransaction(conn -> conn.preparedQuery(SEED)
                .execute(Tuple.of(configuredAccess.orElse(null), configured, configuredSha))
                .chain(() -> conn.preparedQuery("SELECT access_token, refresh_token, configured_refresh_sha256"
                        + " FROM zalo_oa_token WHERE oa = 1 FOR UPDATE").execute())
                .chain(rows -> {
                    Row row = rows.iterator().next();
                    String current = row.getString("access_token");
                    if (current != null && !current.equals(stale)) {
                        return Uni.createFrom().item(current);
                    }
                    String stored = row.getString("refresh_token");
                    String storedSha = row.getString("configured_refresh_sha256");
                    Uni<Stored> refreshed = refresh.apply(stored).map(pair -> new Stored(pair, stored, storedSha));
                    if (!configuredSha.equals(storedSha)) {
                        refreshed = refreshed.onFailure().recoverWithUni(() -> refresh.apply(configured)
                                .map(pair -> new Stored(pair, configured, configuredSha)));
                    }
                    return refreshed.call(done -> conn.preparedQuery(STORE).execute(Tuple.of(
                                    done.pair().accessToken(),
                                    done.pair().refreshToken() != null ? done.pair().refreshToken() : done.used(),
                                    done.seedSha(), SqlTimes.of(clock.instant()))))
                            .map(done -> done.pair().accessToken());
                }));
    }

    /** A refresh's answer, the refresh token it used, and the configured token the row now stems from. */
    private record Stored(ZaloTokenPair pair, String used, String seedSha) {
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

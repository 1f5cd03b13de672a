package vn.lienlac.notifications.zalo;

import io.smallrye.mutiny.Uni;
import java.util.function.Function;

/**
 * Where the OA's current tokens are kept between refreshes. Zalo's refresh tokens work once, so every pod must use the
 * newest one: production keeps them in PostgreSQL ({@link SharedZaloTokenStore}); {@link LocalZaloTokenStore} keeps
 * them in memory for a single process.
 */
interface ZaloTokenStore {

    /** The newest access token stored, or a null item when none is. */
    Uni<String> stored();

    /**
     * A token other than {@code stale} (null: there is none yet): the one another caller (or pod) already stored, or
     * the one {@code refresh} answers for the stored refresh token — called by one caller at a time across pods, and
     * what it answers is stored before anyone else may refresh.
     */
    Uni<String> replace(String stale, Function<String, Uni<ZaloTokenPair>> refresh);
}

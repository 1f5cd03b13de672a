package vn.lienlac.notifications.zalo;

import io.smallrye.mutiny.Uni;
import java.util.function.Function;

/** The tokens in this process's memory, from the configuration: right for one process only (tests, a single pod). */
final class LocalZaloTokenStore implements ZaloTokenStore {

    private volatile String accessToken;
    private volatile String refreshToken;

    LocalZaloTokenStore(ZaloConfig config) {
        this.accessToken = config.accessToken().orElse(null);
        this.refreshToken = config.refreshToken().orElse(null);
    }

    @Override
    public Uni<String> stored() {
        return Uni.createFrom().item(accessToken);
    }

    @Override
    public synchronized Uni<String> replace(String stale, Function<String, Uni<ZaloTokenPair>> refresh) {
        String current = accessToken;
        if (current != null && !current.equals(stale)) {
            return Uni.createFrom().item(current);
        }
        return refresh.apply(refreshToken).map(pair -> {
            if (pair.refreshToken() != null) {
                refreshToken = pair.refreshToken();
            }
            accessToken = pair.accessToken();
            return pair.accessToken();
        });
    }
}

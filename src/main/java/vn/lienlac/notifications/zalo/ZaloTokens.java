package vn.lienlac.notifications.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.ext.web.client.WebClient;
import vn.lienlac.platform.gateway.JsonAnswers;

/**
 * The OA access token this pod sends with: the newest one in the {@link ZaloTokenStore} (else the configured one),
 * replaced by an OAuth refresh (app id + app secret + refresh token) when Zalo says it is invalid or expired, or when
 * there is none. One refresh at a time on this pod; across pods the store lets one of them refresh and the others
 * take its token (Zalo's refresh tokens work once).
 */
final class ZaloTokens {

    private final ZaloConfig config;
    private final WebClient client;
    private final ZaloTokenStore store;
    private volatile String accessToken;
    private Uni<String> refreshing;

    ZaloTokens(ZaloConfig config, WebClient client, ZaloTokenStore store) {
        this.config = config;
        this.client = client;
        this.store = store;
    }

    boolean canRefresh() {
        return config.appId().isPresent() && config.appSecret().isPresent() && config.refreshToken().isPresent();
    }

    boolean available() {
        return config.accessToken().isPresent() || canRefresh();
    }

    /** The token to send with: this pod's, else the stored one, else the configured one, else a refreshed one. */
    Uni<String> current() {
        String token = accessToken;
        if (token != null) {
            return Uni.createFrom().item(token);
        }
        return store.stored()
                .map(stored -> stored != null ? stored : config.accessToken().orElse(null))
                .chain(found -> {
                    if (found == null) {
                        return refresh(null);
                    }
                    accessToken = found;
                    return Uni.createFrom().item(found);
                });
    }

    /** A token other than {@code stale}: the one another call or pod already refreshed, or a new one. */
    synchronized Uni<String> refresh(String stale) {
        String token = accessToken;
        if (token != null && !token.equals(stale)) {
            return Uni.createFrom().item(token);
        }
        if (!canRefresh()) {
            return Uni.createFrom().failure(new IllegalStateException("Zalo access token invalid and no refresh token"));
        }
        if (refreshing == null) {
            refreshing = store.replace(stale, this::call)
                    .invoke(fresh -> accessToken = fresh)
                    .eventually(this::refreshed).memoize().indefinitely();
        }
        return refreshing;
    }

    private synchronized void refreshed() {
        refreshing = null;
    }

    private Uni<ZaloTokenPair> call(String refreshToken) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("refresh_token", refreshToken)
                .add("app_id", config.appId().orElseThrow())
                .add("grant_type", "refresh_token");
        return client.postAbs(config.oauthUrl())
                .timeout(config.timeout().toMillis())
                .putHeader("secret_key", config.appSecret().orElseThrow())
                .sendForm(form)
                .map(answer -> {
                    JsonNode body = JsonAnswers.parse(answer.bodyAsString());
                    String access = JsonAnswers.text(body, "/access_token");
                    if (answer.statusCode() / 100 != 2 || access == null) {
                        throw new IllegalStateException("Zalo token refresh answered HTTP " + answer.statusCode()
                                + " error " + JsonAnswers.text(body, "/error"));
                    }
                    return new ZaloTokenPair(access, JsonAnswers.text(body, "/refresh_token"));
                });
    }
}

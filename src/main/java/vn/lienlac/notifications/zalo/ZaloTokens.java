package vn.lienlac.notifications.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.ext.web.client.WebClient;
import vn.lienlac.platform.gateway.JsonAnswers;

/**
 * The OA access token: the configured one, replaced by an OAuth refresh (app id + app secret + refresh token) when
 * Zalo says it is invalid or expired, or when none was configured. One refresh at a time on this pod; Zalo's refresh
 * tokens are single-use, so the newest one is kept in memory (docs/notifications.md: one pod should hold the refresh
 * token, or the token comes from outside).
 */
final class ZaloTokens {

    private final ZaloConfig config;
    private final WebClient client;
    private volatile String accessToken;
    private volatile String refreshToken;
    private Uni<String> refreshing;

    ZaloTokens(ZaloConfig config, WebClient client) {
        this.config = config;
        this.client = client;
        this.accessToken = config.accessToken().orElse(null);
        this.refreshToken = config.refreshToken().orElse(null);
    }

    boolean canRefresh() {
        return config.appId().isPresent() && config.appSecret().isPresent() && refreshToken != null;
    }

    boolean available() {
        return accessToken != null || canRefresh();
    }

    /** The token to send with, refreshing first when there is none. */
    Uni<String> current() {
        String token = accessToken;
        return token != null ? Uni.createFrom().item(token) : refresh(null);
    }

    /** A token other than {@code stale}: the one another call already refreshed, or a new one. */
    synchronized Uni<String> refresh(String stale) {
        String token = accessToken;
        if (token != null && !token.equals(stale)) {
            return Uni.createFrom().item(token);
        }
        if (!canRefresh()) {
            return Uni.createFrom().failure(new IllegalStateException("Zalo access token invalid and no refresh token"));
        }
        if (refreshing == null) {
            refreshing = call().eventually(this::refreshed).memoize().indefinitely();
        }
        return refreshing;
    }

    private synchronized void refreshed() {
        refreshing = null;
    }

    private Uni<String> call() {
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
                    String refresh = JsonAnswers.text(body, "/refresh_token");
                    if (refresh != null) {
                        refreshToken = refresh;
                    }
                    accessToken = access;
                    return access;
                });
    }
}

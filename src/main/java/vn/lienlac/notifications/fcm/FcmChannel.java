package vn.lienlac.notifications.fcm;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.Channel;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.platform.gateway.RetryAfter;
import vn.lienlac.notifications.outbox.SendResult;

/**
 * Push to Android (and iOS) apps through Firebase Cloud Messaging's HTTP v1 API: {@code POST
 * {base}/v1/projects/{project}/messages:send} with the service account's OAuth bearer ({@link FcmTokens}). The send
 * itself is a non-blocking Vert.x WebClient call; only the token refresh runs on a worker. Started eagerly so that an
 * unreadable key stops the start. Device tokens are never logged.
 */
@Startup
@ApplicationScoped
public class FcmChannel implements Channel {

    private static final Logger LOG = Logger.getLogger(FcmChannel.class);

    private final FcmConfig config;
    private final Clock clock;
    private final WebClient client;
    private final Optional<FcmServiceAccount> account;
    private final FcmTokens tokens;

    public FcmChannel(Vertx vertx, FcmConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.account = FcmServiceAccount.load(config);
        this.tokens = account.map(a -> new FcmTokens(a.credentials(), clock, config.tokenRefreshMargin())).orElse(null);
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout(Math.toIntExact(config.timeout().toMillis()))
                .setFollowRedirects(false)
                .setMaxPoolSize(config.maxConnections())
                .setUserAgent("lienlac-notifications"));
    }

    @Override
    public ChannelName name() {
        return ChannelName.FCM;
    }

    @Override
    public boolean configured() {
        return account.isPresent();
    }

    @Override
    public Uni<SendResult> send(Attempt attempt) {
        if (account.isEmpty()) {
            return Uni.createFrom().item(new SendResult.Rejected("FCM is not configured"));
        }
        String url = config.baseUrl() + "/v1/projects/" + account.get().projectId() + "/messages:send";
        return tokens.bearer()
                .onFailure().invoke(e -> LOG.warnf("FCM: no OAuth token from the token endpoint: %s", e.getMessage()))
                .chain(bearer -> client.postAbs(url)
                        .timeout(config.timeout().toMillis())
                        .putHeader(HttpHeaders.AUTHORIZATION.toString(), "Bearer " + bearer)
                        .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json; charset=UTF-8")
                        .sendBuffer(Buffer.buffer(FcmMessages.body(attempt, config.ttl()).encode()))
                        .map(response -> answer(response, bearer)))
                .onFailure().recoverWithItem(e -> new SendResult.Retry(null, "FCM: " + e.getMessage()));
    }

    private SendResult answer(HttpResponse<Buffer> response, String bearer) {
        SendResult result = FcmAnswers.of(response.statusCode(), response.bodyAsString(),
                RetryAfter.parse(response.getHeader("Retry-After"), clock.instant()));
        if (response.statusCode() == 401) {
            tokens.invalidate(bearer);
        }
        return result;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}

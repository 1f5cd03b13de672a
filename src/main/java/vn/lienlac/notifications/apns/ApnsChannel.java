package vn.lienlac.notifications.apns;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.Channel;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.platform.gateway.RetryAfter;
import vn.lienlac.notifications.outbox.SendResult;

/**
 * Push to iOS apps through APNs with token-based authentication: {@code POST {base}/3/device/{token}} over HTTP/2
 * (ALPN over TLS; APNs speaks nothing else) with Vert.x's HTTP client, non-blocking, one multiplexed connection per
 * host. The attempt's idempotency key is the {@code apns-id}, so a retry after a crash carries the same id. The
 * endpoint's keys choose the topic (bundle id) and the sandbox. Started eagerly so that an unreadable key stops the
 * start. Device tokens are never logged.
 */
@Startup
@ApplicationScoped
public class ApnsChannel implements Channel {

    /** A device token is hex (64 digits today; Apple says it may grow): anything else never reaches the URL path. */
    private static final Pattern DEVICE_TOKEN = Pattern.compile("[0-9a-fA-F]{8,400}");

    private final ApnsConfig config;
    private final Clock clock;
    private final WebClient client;
    private final ApnsTokens tokens;

    public ApnsChannel(Vertx vertx, ApnsConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        Optional<ApnsSigningKey> key = ApnsSigningKey.load(config);
        this.tokens = key.map(k -> new ApnsTokens(k, clock, config.tokenLifetime())).orElse(null);
        WebClientOptions options = new WebClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_2)
                .setSsl(true)
                .setUseAlpn(true)
                .setHttp2MaxPoolSize(1)
                .setConnectTimeout(Math.toIntExact(config.timeout().toMillis()))
                .setFollowRedirects(false)
                .setUserAgent("lienlac-notifications");
        config.trustCertificates().filter(s -> !s.isBlank())
                .ifPresent(path -> options.setTrustOptions(new PemTrustOptions().addCertPath(path)));
        this.client = WebClient.create(vertx, options);
    }

    @Override
    public ChannelName name() {
        return ChannelName.APNS;
    }

    @Override
    public boolean configured() {
        return tokens != null;
    }

    @Override
    public Uni<SendResult> send(Attempt attempt) {
        if (tokens == null) {
            return Uni.createFrom().item(new SendResult.Rejected("APNs is not configured"));
        }
        if (attempt.address() == null || !DEVICE_TOKEN.matcher(attempt.address()).matches()) {
            return Uni.createFrom().item(new SendResult.Gone("APNs: not a device token (BadDeviceToken)"));
        }
        JsonObject keys = ApnsRequests.keys(attempt);
        String topic = keys.getValue("topic") instanceof String t ? t : config.topic().orElse(null);
        if (topic == null || topic.isBlank()) {
            return Uni.createFrom().item(new SendResult.Rejected("APNs: no topic (endpoint keys or "
                    + "LIENLAC_NOTIFICATIONS_APNS_TOPIC)"));
        }
        Object sandbox = keys.getValue("sandbox");
        String base = Boolean.TRUE.equals(sandbox) || "true".equals(sandbox) ? config.sandboxUrl() : config.baseUrl();
        String bearer = tokens.bearer();
        HttpRequest<Buffer> request = client.postAbs(base + "/3/device/" + attempt.address())
                .timeout(config.timeout().toMillis())
                .putHeader("authorization", "bearer " + bearer)
                .putHeader("content-type", "application/json");
        ApnsRequests.headers(attempt, topic, clock.instant().plus(config.expiration())).forEach(request::putHeader);
        return request.sendBuffer(Buffer.buffer(ApnsRequests.payload(attempt, config.sound()).encode()))
                .map(response -> answer(response, bearer))
                .onFailure().recoverWithItem(e -> new SendResult.Retry(null, "APNs: " + e.getMessage()));
    }

    private SendResult answer(HttpResponse<Buffer> response, String bearer) {
        SendResult result = ApnsAnswers.of(response.statusCode(), response.getHeader("apns-id"),
                response.bodyAsString(), RetryAfter.parse(response.getHeader("Retry-After"), clock.instant()));
        if (response.statusCode() == 403 && "ExpiredProviderToken".equals(ApnsAnswers.reason(response.bodyAsString()))) {
            tokens.invalidate(bearer);
        }
        return result;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}

package vn.lienlac.notifications.webpush;

import com.interaso.webpush.WebPush;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Map;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.Channel;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.SendResult;

/**
 * Web Push to a browser subscription (RFC 8030), with VAPID (RFC 8292) and the aes128gcm payload encryption of
 * RFC 8291, both done by {@code com.interaso:webpush} (docs/notifications.md, "Web Push"). The encryption (an ECDH
 * key agreement per message) and the VAPID signature run on a worker thread, off the event loop; the request goes out
 * with the non-blocking Vert.x WebClient. The payload and the subscription's keys are never logged.
 */
@ApplicationScoped
public class WebPushChannel implements Channel {

    private final VapidKeyring keyring;
    private final VapidTokens tokens;
    private final WebPushConfig config;
    private final Clock clock;
    private final WebClient client;

    WebPushChannel(VapidKeyring keyring, VapidTokens tokens, WebPushConfig config, Clock clock, Vertx vertx) {
        this.keyring = keyring;
        this.tokens = tokens;
        this.config = config;
        this.clock = clock;
        int timeoutMillis = Math.toIntExact(config.timeout().toMillis());
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout(timeoutMillis)
                .setFollowRedirects(false)
                .setMaxPoolSize(config.maxConnections())
                .setUserAgent("lienlac-webpush"));
    }

    @Override
    public ChannelName name() {
        return ChannelName.WEB_PUSH;
    }

    @Override
    public boolean configured() {
        return keyring.configured();
    }

    @Override
    public Uni<SendResult> send(Attempt attempt) {
        if (!configured()) {
            return Uni.createFrom().item(new SendResult.Rejected("Web Push is not configured"));
        }
        SubscriptionKeys keys = SubscriptionKeys.parse(attempt.keys());
        URI endpoint = endpoint(attempt.address());
        if (keys == null || endpoint == null) {
            // The subscription can never receive a message: the endpoint goes, like an expired one.
            return Uni.createFrom().item(new SendResult.Gone(keys == null
                    ? "subscription keys unusable (p256dh, auth)" : "push endpoint is not an http(s) URL"));
        }
        byte[] json = PushPayload.json(attempt.message());
        if (json == null) {
            return Uni.createFrom().item(new SendResult.Rejected("message too large for Web Push"));
        }
        return Uni.createFrom().item(() -> sealed(attempt, endpoint, keys, json))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItemOrFailure().transformToUni((request, unusable) -> unusable != null
                        // p256dh of the right size but not a point on P-256: the browser never made it
                        ? Uni.createFrom().item(unusableKeys(unusable))
                        : post(attempt.address(), request).onFailure().recoverWithItem(WebPushChannel::noAnswer));
    }

    /** The encrypted body and the headers for one attempt (on a worker: CPU-bound). */
    private Sealed sealed(Attempt attempt, URI endpoint, SubscriptionKeys keys, byte[] json) {
        WebPush webPush = keyring.webPush();
        byte[] body = webPush.getBody(json, keys.p256dh(), keys.auth());
        String token = tokens.token(webPush, webPush.getAudience(endpoint.toString()));
        boolean high = attempt.urgent() || attempt.kind().important();
        Map<String, String> headers = webPush.getHeadersWithToken(token,
                Math.toIntExact(config.ttl().toSeconds()), PushPayload.topic(attempt.message().collapseKey()),
                high ? WebPush.Urgency.High : WebPush.Urgency.Normal);
        return new Sealed(body, headers);
    }

    private Uni<SendResult> post(String url, Sealed sealed) {
        HttpRequest<Buffer> request = client.postAbs(url).timeout(config.timeout().toMillis());
        sealed.headers().forEach(request::putHeader);
        return request.sendBuffer(Buffer.buffer(sealed.body()))
                .map(answer -> PushAnswers.of(answer.statusCode(), answer.getHeader("Location"),
                        answer.getHeader("Retry-After"), text(answer), clock.instant()));
    }

    private static String text(HttpResponse<Buffer> answer) {
        return answer.body() == null ? null : answer.bodyAsString();
    }

    private static URI endpoint(String address) {
        if (address == null) {
            return null;
        }
        try {
            URI uri = new URI(address);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static SendResult unusableKeys(Throwable e) {
        return new SendResult.Gone("subscription keys unusable: " + describe(e));
    }

    private static SendResult noAnswer(Throwable e) {
        return new SendResult.Retry(null, "no answer: " + describe(e));
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    private record Sealed(byte[] body, Map<String, String> headers) {
    }
}

package vn.lienlac.platform.gateway;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import java.time.Duration;

/**
 * Sends rendered {@link GatewayRequest}s, non-blocking (Vert.x WebClient), with one timeout for connecting and for
 * the whole answer, and no redirects. Fails the Uni when there is no answer; any status is an answer.
 */
public final class GatewayClient {

    private final WebClient client;
    private final Duration timeout;

    public GatewayClient(Vertx vertx, Duration timeout, String userAgent) {
        this(vertx, timeout, userAgent, WebClientOptions.DEFAULT_MAX_POOL_SIZE);
    }

    /** With {@code maxConnections} kept open per host (Vert.x's default is 5: one gateway call in flight each). */
    public GatewayClient(Vertx vertx, Duration timeout, String userAgent, int maxConnections) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout(Math.toIntExact(timeout.toMillis()))
                .setMaxPoolSize(maxConnections)
                .setFollowRedirects(false)
                .setUserAgent(userAgent));
        this.timeout = timeout;
    }

    public Uni<HttpResponse<Buffer>> send(GatewayRequest call) {
        HttpRequest<Buffer> request = client.requestAbs(HttpMethod.valueOf(call.method()), call.url())
                .timeout(timeout.toMillis());
        call.headers().forEach(request::putHeader);
        return call.hasBody()
                ? request.putHeader("Content-Type", call.contentType()).sendBuffer(Buffer.buffer(call.body()))
                : request.send();
    }

    /** The underlying client, for calls that are not templated (an OAuth token refresh). */
    public WebClient web() {
        return client;
    }

    public void close() {
        client.close();
    }
}

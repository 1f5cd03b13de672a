package vn.lienlac.identity.otp;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Delivery through a generic HTTP gateway (SMS brandname services, Zalo notifications): the URL, headers and body
 * come from {@link OtpConfig.Http} templates (GET and HEAD send no body). Non-blocking. Any 2xx answer counts as
 * sent; anything else, or no answer within the timeout, fails with a {@link GatewayFailure}, which
 * {@link OtpDeliveries} counts and logs. The URL and body carry the code, so neither is ever logged, and neither is
 * the gateway's answer (it may echo them).
 */
final class HttpOtpSender implements OtpSender {

    private final WebClient client;
    private final OtpConfig.Http config;

    HttpOtpSender(Vertx vertx, OtpConfig.Http config) {
        int timeoutMillis = Math.toIntExact(config.timeout().toMillis());
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout(timeoutMillis)
                .setFollowRedirects(false)
                .setUserAgent("lienlac-otp"));
        this.config = config;
    }

    @Override
    public Uni<Void> send(String phoneE164, String code, String message) {
        GatewayRequest call = GatewayTemplates.request(config, phoneE164, code, message);
        HttpRequest<Buffer> request = client.requestAbs(HttpMethod.valueOf(call.method()), call.url())
                .timeout(config.timeout().toMillis());
        call.headers().forEach(request::putHeader);
        Uni<HttpResponse<Buffer>> response = call.method().equals("GET") || call.method().equals("HEAD")
                ? request.send()
                : request.putHeader("Content-Type", call.contentType()).sendBuffer(Buffer.buffer(call.body()));
        return response
                .onFailure().transform(e -> new GatewayFailure(0, e))
                .chain(answer -> answer.statusCode() / 100 == 2
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new GatewayFailure(answer.statusCode(), null)));
    }

    void close() {
        client.close();
    }
}

package vn.lienlac.identity.otp;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import vn.lienlac.platform.gateway.GatewayClient;
import vn.lienlac.platform.gateway.GatewayRequest;

/**
 * Delivery through a generic HTTP gateway (SMS brandname services, Zalo notifications): the URL, headers and body
 * come from {@link OtpConfig.Http} templates (GET and HEAD send no body), sent by the shared
 * {@link GatewayClient}. Non-blocking. Any 2xx answer counts as
 * sent; anything else, or no answer within the timeout, fails with a {@link GatewayFailure}, which
 * {@link OtpDeliveries} counts and logs. The URL and body carry the code, so neither is ever logged, and neither is
 * the gateway's answer (it may echo them).
 */
final class HttpOtpSender implements OtpSender {

    private final GatewayClient client;
    private final OtpConfig.Http config;

    HttpOtpSender(Vertx vertx, OtpConfig.Http config) {
        this.client = new GatewayClient(vertx, config.timeout(), "lienlac-otp");
        this.config = config;
    }

    @Override
    public Uni<Void> send(String phoneE164, String code, String message) {
        GatewayRequest call = GatewayTemplates.request(config, phoneE164, code, message);
        return client.send(call)
                .onFailure().transform(e -> new GatewayFailure(0, e))
                .chain(answer -> answer.statusCode() / 100 == 2
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new GatewayFailure(answer.statusCode(), null)));
    }

    void close() {
        client.close();
    }
}

package vn.lienlac.identity.otp;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Delivery through a generic HTTP gateway (SMS brandname services, Zalo notifications): the URL, headers and body
 * come from {@link OtpConfig.Http} templates (GET and HEAD send no body). Non-blocking. Any 2xx answer counts as
 * sent; anything else, or no answer within the timeout, fails with UNAVAILABLE. The URL and body carry the code, so
 * neither is ever logged, and neither is the gateway's answer (it may echo them).
 */
final class HttpOtpSender implements OtpSender {

    static final String UNAVAILABLE_DETAIL = "Không gửi được mã xác thực lúc này; vui lòng thử lại sau.";
    private static final Logger LOG = Logger.getLogger(HttpOtpSender.class);
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
        String phone = OtpPhones.masked(phoneE164);
        return response
                .onFailure().transform(e -> unavailable(phone, e))
                .chain(answer -> {
                    if (answer.statusCode() / 100 == 2) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.warnf("OTP gateway answered %d for %s", answer.statusCode(), phone);
                    return Uni.createFrom().failure(new ApiException(ErrorCode.UNAVAILABLE, UNAVAILABLE_DETAIL));
                });
    }

    void close() {
        client.close();
    }

    private static ApiException unavailable(String phone, Throwable e) {
        if (e instanceof TimeoutException) {
            LOG.warnf("OTP gateway did not answer in time for %s", phone);
        } else {
            // The failure's class only: Vert.x messages may quote the request URL, which can carry the gateway's key
            // or, in a GET template, the code itself.
            LOG.warnf("OTP gateway unreachable for %s: %s", phone, e.getClass().getSimpleName());
        }
        return new ApiException(ErrorCode.UNAVAILABLE, UNAVAILABLE_DETAIL);
    }
}

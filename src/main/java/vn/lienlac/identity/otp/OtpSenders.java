package vn.lienlac.identity.otp;

import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/** Produces the {@link OtpSender} that {@code lienlac.otp.provider} names. */
@ApplicationScoped
class OtpSenders {

    @Produces
    @ApplicationScoped
    OtpSender sender(OtpConfig config, Vertx vertx) {
        return switch (config.provider()) {
            case HTTP -> new HttpOtpSender(vertx, config.http());
            case LOG -> new LogOtpSender(OtpSettings.production());
        };
    }

    void close(@Disposes OtpSender sender) {
        if (sender instanceof HttpOtpSender http) {
            http.close();
        }
    }
}

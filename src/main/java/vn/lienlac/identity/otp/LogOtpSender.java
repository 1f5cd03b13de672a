package vn.lienlac.identity.otp;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

/**
 * Dev and demo delivery: prints the code to the log, so that a tester can sign in without a gateway. In production
 * (where it should not be configured) it prints only that a code was not delivered, never the code.
 */
final class LogOtpSender implements OtpSender {

    private static final Logger LOG = Logger.getLogger(LogOtpSender.class);
    private final boolean production;

    LogOtpSender(boolean production) {
        this.production = production;
    }

    @Override
    public Uni<Void> send(String phoneE164, String code, String message) {
        if (production) {
            LOG.warnf("OTP for %s not delivered: lienlac.otp.provider is 'log' in production",
                    OtpPhones.masked(phoneE164));
        } else {
            LOG.infof("OTP for %s: %s", OtpPhones.masked(phoneE164), code);
        }
        return Uni.createFrom().voidItem();
    }
}

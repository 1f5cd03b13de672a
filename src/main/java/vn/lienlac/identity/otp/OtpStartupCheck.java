package vn.lienlac.identity.otp;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/** Refuses to start with an unusable one-time-code configuration; warns when production would send codes nowhere. */
@ApplicationScoped
class OtpStartupCheck {

    private static final Logger LOG = Logger.getLogger(OtpStartupCheck.class);

    void check(@Observes StartupEvent event, OtpConfig config) {
        boolean production = OtpSettings.production();
        List<String> problems = OtpSettings.problems(config, production);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(" ", problems));
        }
        if (production && config.provider() == OtpConfig.Provider.LOG) {
            LOG.warn("lienlac.otp.provider is 'log' in production: one-time codes reach nobody. Configure an SMS / OTT "
                    + "gateway (LIENLAC_OTP_PROVIDER=http and LIENLAC_OTP_HTTP_URL, see docs/auth.md).");
        }
    }
}

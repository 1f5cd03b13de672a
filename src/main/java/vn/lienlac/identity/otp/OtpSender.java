package vn.lienlac.identity.otp;

import io.smallrye.mutiny.Uni;

/**
 * Delivers one-time codes to phones: an SMS brandname or OTT (Zalo) gateway in production, the log in dev and demo.
 * The bean is chosen by {@code lienlac.otp.provider} (see {@link OtpSenders}).
 */
public interface OtpSender {

    /**
     * Sends {@code message}, which contains {@code code}, to the phone. The code is passed on its own too, for gateways
     * whose request names it separately (an OTT template parameter). Fails with
     * {@code ApiException(ErrorCode.UNAVAILABLE)} when the gateway refuses or does not answer in time.
     */
    Uni<Void> send(String phoneE164, String code, String message);
}

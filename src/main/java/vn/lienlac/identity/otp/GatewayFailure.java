package vn.lienlac.identity.otp;

/**
 * The gateway did not take a code: it answered a non-2xx {@link #status()} (0 when it did not answer at all; the
 * cause then says why). Carries neither the phone number nor the code, so it can be logged as it is.
 */
public final class GatewayFailure extends RuntimeException {

    private final int status;

    GatewayFailure(int status, Throwable cause) {
        super(status > 0 ? "OTP gateway answered HTTP " + status : "OTP gateway did not answer", cause, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

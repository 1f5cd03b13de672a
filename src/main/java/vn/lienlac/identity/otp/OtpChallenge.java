package vn.lienlac.identity.otp;

import java.time.Instant;

/** A code was issued (or, for an unknown number, pretended to be): valid until {@code expiresAt}; a new one may be
 *  requested from {@code resendAfter} on. */
public record OtpChallenge(Instant expiresAt, Instant resendAfter) {
}

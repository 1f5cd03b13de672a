package vn.lienlac.identity.otp;

import vn.lienlac.platform.gateway.GatewayPhones;

/** The forms of a phone number that one-time codes need: validation, the national form, and a masked form for logs. */
final class OtpPhones {

    private OtpPhones() {
    }

    static boolean isE164(String phone) {
        return GatewayPhones.isE164(phone);
    }

    /** {@code +84912345678} → {@code 0912345678}; numbers of other countries keep their digits without the plus. */
    static String national(String e164) {
        return GatewayPhones.national(e164);
    }

    /** {@code +84912345678} → {@code 0912 *** 678}: enough to tell numbers apart in a log, not enough to call one. */
    static String masked(String e164) {
        String national = national(e164);
        return national.substring(0, 4) + " *** " + national.substring(national.length() - 3);
    }
}

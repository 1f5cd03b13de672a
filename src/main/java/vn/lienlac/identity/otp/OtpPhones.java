package vn.lienlac.identity.otp;

import java.util.regex.Pattern;

/** The forms of a phone number that one-time codes need: validation, the national form, and a masked form for logs. */
final class OtpPhones {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final String VIETNAM = "+84";

    private OtpPhones() {
    }

    static boolean isE164(String phone) {
        return phone != null && E164.matcher(phone).matches();
    }

    /** {@code +84912345678} → {@code 0912345678}; numbers of other countries keep their digits without the plus. */
    static String national(String e164) {
        return e164.startsWith(VIETNAM) ? "0" + e164.substring(VIETNAM.length()) : e164.substring(1);
    }

    /** {@code +84912345678} → {@code 0912 *** 678}: enough to tell numbers apart in a log, not enough to call one. */
    static String masked(String e164) {
        String national = national(e164);
        return national.substring(0, 4) + " *** " + national.substring(national.length() - 3);
    }
}

package vn.lienlac.platform.gateway;

import java.util.regex.Pattern;

/** The forms of an E.164 phone number that gateways ask for. */
public final class GatewayPhones {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final String VIETNAM = "+84";

    private GatewayPhones() {
    }

    public static boolean isE164(String phone) {
        return phone != null && E164.matcher(phone).matches();
    }

    /** {@code +84912345678} → {@code 0912345678}; numbers of other countries keep their digits without the plus. */
    public static String national(String e164) {
        return e164.startsWith(VIETNAM) ? "0" + e164.substring(VIETNAM.length()) : e164.substring(1);
    }
}

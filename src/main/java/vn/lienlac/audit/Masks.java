package vn.lienlac.audit;

/**
 * Shortens personal identifiers to what an audit reader needs to recognise them and no more.
 */
public final class Masks {

    private static final String HIDDEN = "***";
    private static final int SHOWN_FIRST = 4;
    private static final int SHOWN_LAST = 3;

    private Masks() {
    }

    /**
     * A phone number in national form with its middle hidden: {@code +84912345678} (or {@code 84912345678},
     * {@code 0912 345 678}) → {@code 0912***678}. Numbers too short to mask safely become {@code ***}; null stays null.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("0084")) {
            digits = "0" + digits.substring(4);
        } else if (phone.strip().startsWith("+84") || digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        if (digits.length() < SHOWN_FIRST + SHOWN_LAST + 2) {
            return HIDDEN;
        }
        return digits.substring(0, SHOWN_FIRST) + HIDDEN + digits.substring(digits.length() - SHOWN_LAST);
    }
}

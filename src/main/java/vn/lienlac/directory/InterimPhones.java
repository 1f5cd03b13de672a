package vn.lienlac.directory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese mobile numbers as people write them ({@code 0912 345 678}, {@code +84 912.345.678},
 * {@code 84912345678}) and as the directory stores them ({@code +84912345678}).
 *
 * <p>Interim: the import helper's {@code PhoneNumbers} replaces this class when the branches merge.
 */
public final class InterimPhones {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");
    private static final Pattern NATIONAL = Pattern.compile("(?:\\+84|0084|84|0)([1-9][0-9]{8})");
    private static final Pattern E164 = Pattern.compile("\\+84([0-9]{3})([0-9]{3})([0-9]{3})");

    private InterimPhones() {
    }

    /** The E.164 form, or empty when the text is not a Vietnamese mobile number. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NATIONAL.matcher(SEPARATORS.matcher(text.strip()).replaceAll(""));
        return m.matches() ? Optional.of("+84" + m.group(1)) : Optional.empty();
    }

    /** {@code +84912345678} → {@code 0912 345 678}; anything else unchanged (null stays null). */
    public static String display(String e164) {
        if (e164 == null) {
            return null;
        }
        Matcher m = E164.matcher(e164);
        return m.matches() ? "0" + m.group(1) + " " + m.group(2) + " " + m.group(3) : e164;
    }
}

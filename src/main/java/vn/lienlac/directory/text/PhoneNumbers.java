package vn.lienlac.directory.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese mobile numbers, the key that identifies a guardian. Every accepted spelling normalises to E.164,
 * {@code +84} followed by the 9-digit national significant number (NSN): {@code 0912 345 678},
 * {@code +84912345678}, {@code 84-912-345-678} and {@code (+84) 912.345.678} are all {@code +84912345678}.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Separators are ignored: spaces (incl. non-breaking), {@code .}, {@code -}, {@code (} and {@code )}.</li>
 *   <li>The prefix is one of {@code +84}, {@code 0084}, {@code 84} (only when 11 digits remain in total) or the
 *       trunk {@code 0}.</li>
 *   <li>Excel stores a number typed as {@code 0912345678} in a numeric cell as {@code 912345678}: exactly
 *       9 digits starting with 3, 5, 7, 8 or 9 are taken as that number with its leading 0 dropped.</li>
 *   <li>The NSN must be 9 digits starting with 3, 5, 7, 8 or 9 (the mobile ranges since the 2018 renumbering).</li>
 * </ol>
 * Anything else — landlines, old 11-digit {@code 01xx} numbers, too few or too many digits, letters — is
 * invalid. Nothing is guessed: an invalid number is reported to the person who uploaded it.
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}.()\\-]+");
    private static final Pattern MOBILE_NSN = Pattern.compile("[35789]\\d{8}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String COUNTRY_CODE = "84";

    private PhoneNumbers() {
    }

    /** The E.164 form ({@code +84xxxxxxxxx}) of a valid Vietnamese mobile number; empty when invalid or blank. */
    public static Optional<String> normalise(String raw) {
        String text = VietnameseText.nfc(raw);
        if (text == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(text).replaceAll("");
        String nsn = nationalNumber(compact);
        return nsn != null && MOBILE_NSN.matcher(nsn).matches()
                ? Optional.of("+" + COUNTRY_CODE + nsn)
                : Optional.empty();
    }

    /** True when {@link #normalise} accepts the text. */
    public static boolean isValid(String raw) {
        return normalise(raw).isPresent();
    }

    /**
     * The national display form of a normalised number: {@code +84912345678} → {@code 0912 345 678};
     * null (no phone on record) stays null.
     */
    public static String display(String e164) {
        if (e164 == null) {
            return null;
        }
        if (!e164.startsWith("+" + COUNTRY_CODE) || e164.length() != 12) {
            throw new IllegalArgumentException("not a normalised Vietnamese mobile number");
        }
        String nsn = e164.substring(3);
        return "0" + nsn.substring(0, 3) + " " + nsn.substring(3, 6) + " " + nsn.substring(6);
    }

    /**
     * The national form without spaces, as people dial it and as a {@code tel:} link takes it:
     * {@code +84912345678} → {@code 0912345678}; null stays null.
     */
    public static String national(String e164) {
        String display = display(e164);
        return display == null ? null : display.replace(" ", "");
    }

    /** The digits after the country code or trunk prefix, or null when the prefix is not recognised. */
    private static String nationalNumber(String compact) {
        if (compact.startsWith("+")) {
            return compact.startsWith("+" + COUNTRY_CODE) ? digitsOrNull(compact.substring(3)) : null;
        }
        if (!DIGITS.matcher(compact).matches()) {
            return null;
        }
        if (compact.startsWith("00" + COUNTRY_CODE)) {
            return compact.substring(4);
        }
        if (compact.length() == 11 && compact.startsWith(COUNTRY_CODE)) {
            return compact.substring(2);
        }
        if (compact.length() == 10 && compact.startsWith("0")) {
            return compact.substring(1);
        }
        return compact.length() == 9 ? compact : null;
    }

    private static String digitsOrNull(String text) {
        return DIGITS.matcher(text).matches() ? text : null;
    }
}

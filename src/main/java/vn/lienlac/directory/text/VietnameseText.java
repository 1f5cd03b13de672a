package vn.lienlac.directory.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.lienlac.platform.text.UnsafeText;

/**
 * Vietnamese text as people type it into spreadsheets: composed or decomposed diacritics, stray spaces,
 * non-breaking spaces copied from web pages. Three views of one string:
 * <ul>
 *   <li>{@link #nfc} — what we store and show;</li>
 *   <li>{@link #searchKey} — what we compare when a person searches ({@code nguyen van an} finds
 *       {@code Nguyễn Văn An});</li>
 *   <li>{@link #headerKey} — what we compare when matching a column header ({@code SĐT cha} = {@code sdt_CHA}).</li>
 * </ul>
 */
public final class VietnameseText {

    /** Every kind of space (incl. NBSP U+00A0, narrow NBSP, ideographic space), tabs and line breaks. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /**
     * NFC, trimmed, inner whitespace runs collapsed to one space; invisible characters that Excel and web pages leave
     * inside cells (zero-width spaces, soft hyphens, BOMs), bidi controls and lone surrogates removed outright
     * ({@link UnsafeText#stripAll}); null or blank gives null. Callers that must refuse rather than clean check
     * {@link UnsafeText#refusal} first.
     */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(UnsafeText.stripAll(text), Normalizer.Form.NFC);
        String cleaned = SPACES.matcher(composed).replaceAll(" ").trim();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Lower-case ASCII-folded form for searching: diacritics removed, {@code đ}/{@code Đ} become {@code d},
     * spaces collapsed. Null or blank gives null.
     */
    public static String searchKey(String text) {
        String clean = nfc(text);
        if (clean == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(clean, Normalizer.Form.NFD);
        String folded = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'd')
                .toLowerCase(Locale.ROOT);
        return nfc(folded);
    }

    /** The search key with everything but {@code a-z0-9} removed; null or blank gives an empty string. */
    public static String headerKey(String text) {
        String key = searchKey(text);
        return key == null ? "" : NOT_ALPHANUMERIC.matcher(key).replaceAll("");
    }
}

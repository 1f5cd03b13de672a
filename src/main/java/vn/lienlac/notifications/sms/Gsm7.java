package vn.lienlac.notifications.sms;

import java.text.Normalizer;
import java.util.Map;

/**
 * The GSM 03.38 default alphabet (7-bit, 160 characters per SMS) and the transliteration of any text into it, for SMS
 * templates that ask for GSM-7 (docs/notifications.md, "Transliteration").
 *
 * <p>Rules, applied per character of the NFC form (so NFC and NFD input give the same result):
 * <ol>
 * <li>đ → d, Đ → D (they carry no decomposable mark); typographic quotes, dashes, the ellipsis, bullets and
 * guillemets → their ASCII forms;</li>
 * <li>any other letter with marks loses them: the Vietnamese tone marks (huyền, sắc, hỏi, ngã, nặng) and vowel
 * marks (ă, â, ê, ô, ơ, ư) alike, so "Nguyễn Thị Ánh" → "Nguyen Thi Anh". Latin letters that GSM-7 could carry with
 * their accent (é, è, ü, ñ, ...) lose it too, so Vietnamese text reads the same throughout;</li>
 * <li>a character that is in GSM-7 (basic or extension table) is kept; any other space → a space; anything else
 * (emoji, other scripts) → "?".</li>
 * </ol>
 */
public final class Gsm7 {

    /** The basic table, in code order (0x1B, the escape to the extension table, is not a character). */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table: each of these takes two septets (the escape and the character). */
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private static final Map<Integer, String> SPECIAL = Map.ofEntries(
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'Ð', "D"),
            Map.entry((int) '‘', "'"), Map.entry((int) '’', "'"), Map.entry((int) '‚', "'"), Map.entry((int) '′', "'"),
            Map.entry((int) '“', "\""), Map.entry((int) '”', "\""), Map.entry((int) '„', "\""),
            Map.entry((int) '«', "\""), Map.entry((int) '»', "\""),
            Map.entry((int) '–', "-"), Map.entry((int) '—', "-"), Map.entry((int) '‒', "-"), Map.entry((int) '−', "-"),
            Map.entry((int) '…', "..."), Map.entry((int) '•', "-"), Map.entry((int) '\t', " "));

    private Gsm7() {
    }

    /** Whether the character is in the basic table or the extension table. */
    public static boolean contains(int codePoint) {
        return codePoint != 0x1B && codePoint < 0x10000
                && (BASIC.indexOf(codePoint) >= 0 || EXTENSION.indexOf(codePoint) >= 0);
    }

    /** Whether the character takes two septets (extension table). */
    public static boolean extension(int codePoint) {
        return codePoint < 0x10000 && EXTENSION.indexOf(codePoint) >= 0;
    }

    public static boolean isGsm7(String text) {
        return text.codePoints().allMatch(Gsm7::contains);
    }

    /** The text in GSM-7 characters only, by the rules above. */
    public static String transliterate(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> out.append(character(cp)));
        return out.toString();
    }

    private static String character(int codePoint) {
        String special = SPECIAL.get(codePoint);
        if (special != null) {
            return special;
        }
        String bare = withoutMarks(new String(Character.toChars(codePoint)));
        if (bare.codePoints().allMatch(Gsm7::contains)) {
            return bare;
        }
        return Character.isSpaceChar(codePoint) || Character.isWhitespace(codePoint) ? " " : "?";
    }

    private static String withoutMarks(String character) {
        String decomposed = Normalizer.normalize(character, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}

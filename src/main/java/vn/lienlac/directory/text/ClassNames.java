package vn.lienlac.directory.text;

import java.util.Locale;

/**
 * Class names as schools write them. A name that starts with a grade number ({@code 6a1}, {@code 6 A1},
 * {@code Lớp 6A1}) has one canonical spelling: upper-case, no spaces ({@code 6A1}). Other names, such as
 * preschool groups ({@code Lá 1}, {@code Mầm 2}), keep their case and are only cleaned (NFC, trimmed, spaces
 * collapsed). A leading word {@code Lớp}/{@code lop} is dropped from every name ({@code Lớp Lá 1} → {@code Lá 1}).
 */
public final class ClassNames {

    private static final String CLASS_WORD = "lop";

    private ClassNames() {
    }

    /** The canonical class name, or null for null/blank input. */
    public static String normalise(String name) {
        String clean = withoutClassWord(VietnameseText.nfc(name));
        if (clean == null) {
            return null;
        }
        if (Character.isDigit(clean.charAt(0))) {
            return clean.replace(" ", "").toUpperCase(Locale.ROOT);
        }
        return clean;
    }

    /** Drops a leading "Lớp" followed by a space or a digit ({@code Lớp 6A1}, {@code lop6a1}); keeps a bare "Lớp". */
    private static String withoutClassWord(String clean) {
        int length = CLASS_WORD.length();
        if (clean == null || clean.length() <= length
                || !CLASS_WORD.equals(VietnameseText.searchKey(clean.substring(0, length)))) {
            return clean;
        }
        char next = clean.charAt(length);
        if (next == ' ') {
            return clean.substring(length + 1);
        }
        return Character.isDigit(next) ? clean.substring(length) : clean;
    }
}

package vn.lienlac.directory.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code name_search} form of a name: lower case, Vietnamese diacritics removed ({@code đ} → {@code d}),
 * invisible characters dropped and whitespace collapsed, so that "NGUYỄN văn An", "nguyen van an" and an NFD-encoded query meet.
 *
 * <p>Interim: {@code vn.lienlac.directory.text.VietnameseText.searchKey} replaces this class when the branches
 * merge; both must produce the same key, because the import engine writes the column this one searches.
 */
final class InterimSearchKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Zero-width characters and soft hyphens that pasted text carries; removed outright. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    /** Every kind of space, including the no-break spaces of web pages and spreadsheets. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private InterimSearchKey() {
    }

    static String of(String text) {
        String decomposed = Normalizer.normalize(INVISIBLE.matcher(text).replaceAll(""), Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return WHITESPACE.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}

package vn.lienlac.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The search key stored in {@code name_search} columns: lower case, without Vietnamese diacritics ("đ" becomes "d"),
 * single spaces. "Nguyễn Thị Ánh" and "NGUYEN THI  ANH" have the same key, so a search typed without accents finds
 * the name, and the sync can tell that two spellings name the same person.
 */
public final class NameSearch {

    private NameSearch() {
    }

    /** The search key of a name; the empty string for null. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}

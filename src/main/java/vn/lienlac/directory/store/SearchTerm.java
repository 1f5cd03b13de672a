package vn.lienlac.directory.store;

import vn.lienlac.directory.text.VietnameseText;
/**
 * What a person typed into a directory search box, prepared for the queries: a name fragment matched
 * case- and diacritic-insensitively against {@code name_search}, an exact code, and a phone number when
 * the text is one.
 *
 * @param code        the text as typed (trimmed), matched exactly against student and staff codes
 * @param namePattern a {@code LIKE} pattern ({@code %key%}, wildcards in the key escaped with {@code \})
 * @param phone       the text as an E.164 phone number, or null when it is not one
 */
public record SearchTerm(String code, String namePattern, String phone) {

    /** Returns null for blank text: no filter. */
    public static SearchTerm of(String text, String phoneOrNull) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = VietnameseText.searchKey(text);
        String escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return new SearchTerm(text.strip(), "%" + escaped + "%", phoneOrNull);
    }
}

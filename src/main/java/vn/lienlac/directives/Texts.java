package vn.lienlac.directives;

import java.text.Normalizer;
import java.util.List;
import vn.lienlac.platform.text.UnsafeText;

/**
 * Multi-line text of directives and reports: NFC, control characters other than line breaks and tabs removed,
 * invisible characters removed; a text with a bidi control or a lone surrogate is refused ({@link UnsafeText}).
 */
public final class Texts {

    private Texts() {
    }

    /** The text to store, or null when it is blank. */
    public static String multiline(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(UnsafeText.stripInvisible(text), Normalizer.Form.NFC).replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
                .forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Adds a problem for {@code field} when its raw text holds a bidi control or a lone surrogate; true when it
     * did.
     */
    public static boolean refused(String raw, String field, List<FieldProblem> problems) {
        UnsafeText.Refusal refusal = UnsafeText.refusal(raw);
        if (refusal != null) {
            problems.add(new FieldProblem(field, refusal.message()));
        }
        return refusal != null;
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}

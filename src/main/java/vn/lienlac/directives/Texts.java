package vn.lienlac.directives;

import java.text.Normalizer;

/** Multi-line text of directives and reports: NFC, control characters other than line breaks and tabs removed. */
public final class Texts {

    private Texts() {
    }

    /** The text to store, or null when it is blank. */
    public static String multiline(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
                .forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}

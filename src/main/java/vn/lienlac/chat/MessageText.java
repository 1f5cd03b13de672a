package vn.lienlac.chat;

import java.text.Normalizer;
import vn.lienlac.platform.text.UnsafeText;

/**
 * The rules for message text: stored NFC (a Vietnamese letter typed as a base letter plus combining marks becomes
 * one character), at most the configured number of characters (code points, counted after normalisation), no
 * control characters except line breaks and tabs (PostgreSQL cannot store NUL), and not blank. Characters that make
 * a message lie about itself follow {@link UnsafeText}: a bidi control or a lone surrogate refuses the message;
 * invisible characters (zero-width spaces, …, but not a zero-width joiner inside an emoji) are removed, and a message
 * of nothing else is blank.
 */
public final class MessageText {

    private MessageText() {
    }

    /** The text to store; fails with TEXT_TOO_LONG or INVALID_FIELD ("text"). */
    public static String normalise(String text, int maxChars) {
        if (UnsafeText.refusal(text) != null) {
            throw new ChatException(ChatError.INVALID_FIELD, "text");
        }
        String nfc = Normalizer.normalize(UnsafeText.stripInvisible(text), Normalizer.Form.NFC);
        if (nfc.codePointCount(0, nfc.length()) > maxChars) {
            throw new ChatException(ChatError.TEXT_TOO_LONG);
        }
        if (nfc.isBlank()) {
            throw new ChatException(ChatError.INVALID_FIELD, "text");
        }
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new ChatException(ChatError.INVALID_FIELD, "text");
            }
        }
        return nfc;
    }
}

package vn.lienlac.platform.text;

/**
 * The one rule for characters that make text lie about itself, shared by every place where people type text that
 * others read (names, chat messages, titles, notices, directives, report answers, file names). Three kinds:
 * <ul>
 *   <li><b>bidi controls</b> — U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: they reorder what is shown
 *       (a right-to-left override turns {@code "gpj.exe"} into {@code "exe.jpg"} on screen), so what a reader sees is
 *       not what was stored. Vietnamese never needs them;</li>
 *   <li><b>invisible characters</b> — every other Unicode format character (category Cf: zero-width space, joiner
 *       and non-joiner, word joiner, BOM, soft hyphen, invisible operators, tag characters, …) and the Hangul
 *       fillers U+115F, U+1160, U+3164, U+FFA0, which render blank: they make invisible messages and names that
 *       look the same but differ. The one exception: U+200D (zero-width joiner) between two emoji is kept, so that
 *       👨‍👩‍👧 stays one picture;</li>
 *   <li><b>NUL</b> (U+0000) — refused by {@link #refusal}: PostgreSQL cannot store it in text;</li>
 *   <li><b>lone surrogates</b> — half of a UTF-16 pair without its other half: not a character at all. JSON allows
 *       writing one ({@code "\ud800"}) and XLSX too ({@code _xD800_}); PostgreSQL would store {@code ?}.</li>
 * </ul>
 * Callers choose between {@link #refusal} (text typed through the API: bidi controls and lone surrogates are
 * refused, then {@link #stripInvisible} cleans the rest) and {@link #stripAll} (labels cleaned silently: imported
 * names, file names). Neither normalises; callers still apply NFC.
 */
public final class UnsafeText {

    /** Why a text is refused, with the message shown to people. */
    public enum Refusal {
        /** U+0000: PostgreSQL cannot store it in text, and one in a batch would fail the whole batch. */
        NUL_CHARACTER("Văn bản có ký tự rỗng (U+0000), không thể lưu; hãy gõ lại."),
        /** Half of a UTF-16 surrogate pair. */
        LONE_SURROGATE("Văn bản có ký tự Unicode không hợp lệ (một nửa cặp UTF-16); hãy gõ lại."),
        /** A character that reorders the text on screen. */
        BIDI_CONTROL("Văn bản có ký tự điều khiển hướng chữ (như U+202E), khiến chữ hiển thị khác nội dung thật;"
                + " hãy xoá ký tự đó.");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        /** In Vietnamese, for the person who typed the text. */
        public String message() {
            return message;
        }
    }

    private static final int ZWJ = 0x200D;

    private UnsafeText() {
    }

    /** The bidirectional formatting characters: embeddings, overrides, isolates and the three marks. */
    public static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** A character that shows nothing: a format character other than a bidi control, or a Hangul filler. */
    public static boolean isInvisible(int cp) {
        return (Character.getType(cp) == Character.FORMAT && !isBidiControl(cp))
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }

    /** Whether {@code cp}, as {@link String#codePoints()} yields it, is half of a pair left alone. */
    public static boolean isLoneSurrogate(int cp) {
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
    }

    /** Why this text must be refused (the first reason found), or null when it may be kept; null for null. */
    public static Refusal refusal(String text) {
        if (text == null) {
            return null;
        }
        Refusal found = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isLoneSurrogate(cp)) {
                return Refusal.LONE_SURROGATE;
            }
            if (cp == 0) {
                return Refusal.NUL_CHARACTER;
            }
            if (found == null && isBidiControl(cp)) {
                found = Refusal.BIDI_CONTROL;
            }
            i += Character.charCount(cp);
        }
        return found;
    }

    /**
     * The first character that {@link #refusal} refuses, as {@code U+202E} (safe to quote back: never the character
     * itself), or null.
     */
    public static String offending(String text) {
        if (text == null) {
            return null;
        }
        return text.codePoints().filter(cp -> cp == 0 || isLoneSurrogate(cp) || isBidiControl(cp)).findFirst()
                .stream().mapToObj(cp -> "U+%04X".formatted(cp)).findFirst().orElse(null);
    }

    /** Whether the text holds a lone surrogate or a NUL: characters no PostgreSQL text column can store. */
    public static boolean hasUnstorable(String text) {
        return text != null && text.codePoints().anyMatch(cp -> cp == 0 || isLoneSurrogate(cp));
    }

    /**
     * The text without invisible characters, except a zero-width joiner between two emoji. Bidi controls and lone
     * surrogates are left for {@link #refusal} to refuse. Null for null.
     */
    public static String stripInvisible(String text) {
        return strip(text, false);
    }

    /** The text without invisible characters (as {@link #stripInvisible}), bidi controls and lone surrogates. */
    public static String stripAll(String text) {
        return strip(text, true);
    }

    private static String strip(String text, boolean all) {
        if (text == null) {
            return null;
        }
        int[] cps = text.codePoints().toArray();
        StringBuilder out = null;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean drop = isInvisible(cp) ? !(cp == ZWJ && joinsEmoji(cps, i))
                    : all && (isBidiControl(cp) || isLoneSurrogate(cp));
            if (drop && out == null) {
                out = new StringBuilder(text.length());
                for (int j = 0; j < i; j++) {
                    out.appendCodePoint(cps[j]);
                }
            } else if (!drop && out != null) {
                out.appendCodePoint(cp);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A ZWJ at {@code i} follows an emoji (or its presentation selector or skin tone) and precedes one. */
    private static boolean joinsEmoji(int[] cps, int i) {
        if (i == 0 || i + 1 >= cps.length) {
            return false;
        }
        int before = cps[i - 1];
        boolean after = Character.getType(cps[i + 1]) == Character.OTHER_SYMBOL;
        return after && (Character.getType(before) == Character.OTHER_SYMBOL || before == 0xFE0F
                || (before >= 0x1F3FB && before <= 0x1F3FF));
    }
}

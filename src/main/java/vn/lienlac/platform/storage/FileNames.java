package vn.lienlac.platform.storage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.lienlac.platform.text.UnsafeText;

/** File names of stored files: what is kept of the uploader's name, and how it is sent back in a download. */
public final class FileNames {

    /** The longest name kept, in characters (code points). */
    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /**
     * The name to keep for an uploaded file: NFC, without any directory part ({@code /} or {@code \}), control or
     * format characters (such as right-to-left overrides that disguise an extension), the other characters
     * {@link UnsafeText#stripAll} removes (Hangul fillers, lone surrogates), and surrounding spaces or
     * dots, cut to {@link #MAX_LENGTH} characters; null when nothing is left. It is only ever shown, never used as
     * a path.
     */
    public static String sanitise(String given) {
        if (given == null) {
            return null;
        }
        String name = Normalizer.normalize(UnsafeText.stripAll(given), Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return name.isEmpty() ? null : name;
    }

    /**
     * A {@code Content-Disposition: attachment} value with an ASCII {@code filename} for old clients and the exact
     * name as {@code filename*} (RFC 6266 / RFC 5987, UTF-8, percent-encoded).
     */
    public static String contentDisposition(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^\\x20-\\x7E]|[\"\\\\%]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

package vn.lienlac.platform.storage;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How every stored file is served (chat attachments, directive files, activity photos): as what its first bytes
 * showed, as a download a browser never renders in place, cached only by the caller's own client.
 */
public final class FileDownloads {

    /** Nothing in a file may load or run, it may not be framed, and opened as a page it is a sandboxed one. */
    public static final String CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private FileDownloads() {
    }

    /** The response headers of a download. */
    public static Map<String, List<String>> headers(String contentType, String downloadName, long maxAgeSeconds) {
        return Map.of(
                HttpHeaders.CONTENT_TYPE, List.of(contentType),
                "Content-Disposition", List.of(FileNames.contentDisposition(downloadName)),
                "X-Content-Type-Options", List.of("nosniff"),
                "Content-Security-Policy", List.of(CSP),
                HttpHeaders.CACHE_CONTROL, List.of("private, max-age=" + maxAgeSeconds));
    }

    /** The id in a download's path, or null when it is not a UUID (answered like an unknown id). */
    public static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

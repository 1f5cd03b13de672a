package vn.lienlac.platform.http;

import io.vertx.core.http.HttpMethod;
import java.util.regex.Pattern;

/**
 * Which limit a request's body gets, by method, path and content type: the endpoints that need more than
 * {@link Kind#STANDARD} are named here (docs/api.md, "Body limits"). Everything else, including endpoints added later,
 * gets the small limit until it is named.
 */
final class BodyRoutes {

    /** The limits, smallest first; {@link #streamed} kinds are written to disk, the others are read into memory. */
    enum Kind {
        SIGN_IN(false), STANDARD(false), JSON(false), BULK_JSON(false), IMPORT_FILE(true), IMPORT_MULTIPART(true),
        ATTACHMENT(true);

        final boolean streamed;

        Kind(boolean streamed) {
            this.streamed = streamed;
        }
    }

    private static final Pattern AUTH = Pattern.compile("/api/v1/auth(/.*)?");
    private static final Pattern IMPORT = Pattern.compile(
            "/api/v1/directory/schools/[^/]+/imports/(students|staff)"
                    + "|/api/v1/directory/(districts|departments)/[^/]+/imports/staff"
                    + "|/api/v1/timetable/schools/[^/]+/imports");
    private static final Pattern PUBLISH =
            Pattern.compile("/api/v1/notices/schools/[^/]+/(grades|attendance|health|activities)");
    private static final Pattern ATTACHMENT = Pattern.compile("/api/v1/chat/conversations/[^/]+/attachments"
            + "|/api/v1/directives/attachments|/api/v1/notices/schools/[^/]+/photos");
    private static final Pattern JSON = Pattern.compile("/api/v1/(directives|chat/groups|directory)(/.*)?");

    private BodyRoutes() {
    }

    static Kind of(HttpMethod method, String path, String contentType) {
        if (path == null || AUTH.matcher(path).matches()) {
            return Kind.SIGN_IN;
        }
        if (method == HttpMethod.POST) {
            if (IMPORT.matcher(path).matches()) {
                return isJson(contentType) ? Kind.BULK_JSON
                        : isMultipart(contentType) ? Kind.IMPORT_MULTIPART : Kind.IMPORT_FILE;
            }
            if (PUBLISH.matcher(path).matches()) {
                return Kind.BULK_JSON;
            }
            if (ATTACHMENT.matcher(path).matches()) {
                return Kind.ATTACHMENT;
            }
        }
        return JSON.matcher(path).matches() ? Kind.JSON : Kind.STANDARD;
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("application/json");
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }
}

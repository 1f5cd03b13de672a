package vn.lienlac.platform.error;

import java.util.List;

/**
 * A failure the client should see as problem JSON: an {@link ErrorCode}, an optional specific message
 * (Vietnamese), and optional per-item errors (for example the rows of an import file).
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final String detail;
    private final transient List<?> errors;
    private final long retryAfterSeconds;

    public ApiException(ErrorCode code) {
        this(code, null, List.of());
    }

    public ApiException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public ApiException(ErrorCode code, String detail, List<?> errors) {
        this(code, detail, errors, 0);
    }

    private ApiException(ErrorCode code, String detail, List<?> errors, long retryAfterSeconds) {
        super(code.name() + (detail == null ? "" : ": " + detail), null, false, false);
        this.code = code;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with a {@code Retry-After} header: the caller may try again after this many seconds (at least 1). */
    public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiException(ErrorCode.TOO_MANY_REQUESTS, detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    /** Seconds after which a retry may succeed, or 0 when not applicable. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ErrorCode code() {
        return code;
    }

    /** The specific message for this occurrence, or the code's default message. */
    public String detail() {
        return detail != null ? detail : code.message();
    }

    public List<?> errors() {
        return errors;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ErrorCode.NOT_FOUND, detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(ErrorCode.BAD_REQUEST, detail);
    }
}

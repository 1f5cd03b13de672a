package vn.lienlac.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.lienlac.platform.json.StrictJson;

/**
 * The one place where failures become responses: every error leaves as {@code application/problem+json}
 * with a code and a correlation id; no stack trace or class name reaches the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Seconds a client should wait before retrying while the database is out of reach (docs/operations.md). */
    public static final long DATABASE_RETRY_AFTER_SECONDS = 5;
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.{1,100}?)'");

    @ServerExceptionMapper
    public Response api(ApiException e, RoutingContext ctx) {
        Response response = respond(e.code(), e.detail(), ctx, e.errors());
        return e.retryAfterSeconds() > 0
                ? Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build()
                : response;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, RoutingContext ctx) {
        if (DatabaseFailures.unavailable(e)) {
            // The session check could not reach PostgreSQL: the token may be fine, so no 401 (clients sign out on it).
            return databaseUnavailable(e, ctx);
        }
        Response base = respond(ErrorCode.UNAUTHENTICATED, unauthenticatedDetail(e), ctx, List.of());
        return Response.fromResponse(base).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext ctx) {
        return respond(ErrorCode.FORBIDDEN, null, ctx, List.of());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, RoutingContext ctx) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        return respond(ErrorCode.VALIDATION_FAILED, null, ctx, errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, RoutingContext ctx) {
        return malformedJson(e, ctx);
    }

    /**
     * Well-formed JSON of the wrong shape (an object where text was expected, an unknown enum value): Quarkus has a
     * built-in answer for this exact type, in its own format, which this one replaces. Names the field.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, RoutingContext ctx) {
        if (e instanceof InvalidFormatException invalid && StrictJson.hasNul(invalid.getValue())) {
            return respond(ErrorCode.INVALID_CHARACTER, null, ctx, fieldError(e, "Văn bản không được chứa ký tự NUL."));
        }
        return respond(ErrorCode.MALFORMED_JSON, null, ctx, fieldError(e, "Giá trị không đúng kiểu dữ liệu."));
    }

    private static List<Map<String, String>> fieldError(MismatchedInputException e, String message) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        return field.isEmpty() ? List.of() : List.of(Map.of("field", field, "message", message));
    }

    /** Unreadable JSON; a key given twice (strict duplicate detection, {@link StrictJson}) is named. */
    private static Response malformedJson(JsonProcessingException e, RoutingContext ctx) {
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        String detail = duplicate.find()
                ? "Nội dung JSON có khóa \"" + duplicate.group(1) + "\" xuất hiện nhiều lần." : null;
        return respond(ErrorCode.MALFORMED_JSON, detail, ctx, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, RoutingContext ctx) {
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return mismatched(mismatched, ctx);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, ctx);
        }
        int status = e.getResponse().getStatus();
        ErrorCode code;
        if (e instanceof NotFoundException) {
            code = ErrorCode.NOT_FOUND;
        } else if (e instanceof NotAllowedException) {
            code = ErrorCode.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotSupportedException) {
            code = ErrorCode.UNSUPPORTED_MEDIA_TYPE;
        } else if (status == 413) {
            code = ErrorCode.PAYLOAD_TOO_LARGE;
        } else if (status >= 500) {
            return unexpected(e, ctx);
        } else {
            code = ErrorCode.BAD_REQUEST;
        }
        return respond(code, null, ctx, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, RoutingContext ctx) {
        if (DatabaseFailures.unavailable(e)) {
            return databaseUnavailable(e, ctx);
        }
        if (DatabaseFailures.invalidText(e)) {
            // Last line behind the NUL guards (NulGuard, StrictJson): anything else PostgreSQL refuses as text.
            return respond(ErrorCode.INVALID_CHARACTER, null, ctx, List.of());
        }
        String id = CorrelationIdRoute.of(ctx);
        LOG.errorf(e, "Unexpected failure [correlationId=%s]", id);
        return respond(ErrorCode.INTERNAL, null, ctx, List.of());
    }

    /** 503 with Retry-After: PostgreSQL is out of reach; logged once per request, without the stack trace. */
    private static Response databaseUnavailable(Throwable e, RoutingContext ctx) {
        LOG.warnf("Database unavailable [correlationId=%s]: %s", CorrelationIdRoute.of(ctx), rootMessage(e));
        return Response.fromResponse(respond(ErrorCode.DATABASE_UNAVAILABLE, null, ctx, List.of()))
                .header("Retry-After", DATABASE_RETRY_AFTER_SECONDS).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 12; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static Response respond(ErrorCode code, String detail, RoutingContext ctx, List<?> errors) {
        Problem problem = Problem.of(code, detail != null ? detail : code.message(), CorrelationIdRoute.of(ctx), errors);
        return Response.status(code.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** An authentication step may say why it refused the caller: an {@link ApiException} cause carries the detail. */
    private static String unauthenticatedDetail(Throwable e) {
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (cause instanceof ApiException api && api.code() == ErrorCode.UNAUTHENTICATED) {
                return api.detail();
            }
        }
        return null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

package vn.lienlac.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become responses: every error leaves as {@code application/problem+json}
 * with a code and a correlation id; no stack trace or class name reaches the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, RoutingContext ctx) {
        Response response = respond(e.code(), e.detail(), ctx, e.errors());
        return e.retryAfterSeconds() > 0
                ? Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build()
                : response;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, RoutingContext ctx) {
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
        return respond(ErrorCode.MALFORMED_JSON, null, ctx, List.of());
    }

    /**
     * Well-formed JSON of the wrong shape (an object where text was expected, an unknown enum value): Quarkus has a
     * built-in answer for this exact type, in its own format, which this one replaces. Names the field.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, RoutingContext ctx) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        List<Map<String, String>> errors = field.isEmpty() ? List.of()
                : List.of(Map.of("field", field, "message", "Giá trị không đúng kiểu dữ liệu."));
        return respond(ErrorCode.MALFORMED_JSON, null, ctx, errors);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, RoutingContext ctx) {
        if (e.getCause() instanceof JsonProcessingException) {
            return respond(ErrorCode.MALFORMED_JSON, null, ctx, List.of());
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
        String id = CorrelationIdRoute.of(ctx);
        LOG.errorf(e, "Unexpected failure [correlationId=%s]", id);
        return respond(ErrorCode.INTERNAL, null, ctx, List.of());
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

package vn.lienlac.platform.error;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Problem JSON written by a Vert.x route, for failures found before a request reaches a REST resource (the same
 * document {@link ProblemMappers} writes).
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** Ends the response with the problem; headers already set (Retry-After, …) are kept. */
    public static void end(RoutingContext ctx, ErrorCode code, String detail) {
        ctx.response().setStatusCode(code.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body(ctx, code, detail));
    }

    /** The problem document for this request; {@code detail} null: the code's own message. */
    public static String body(RoutingContext ctx, ErrorCode code, String detail) {
        return Json.encode(Problem.of(code, detail != null ? detail : code.message(), CorrelationIdRoute.of(ctx),
                List.of()));
    }
}

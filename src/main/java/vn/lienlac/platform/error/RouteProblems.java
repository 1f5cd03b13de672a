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

    public static void end(RoutingContext ctx, ErrorCode code, String detail) {
        Problem problem = Problem.of(code, detail != null ? detail : code.message(), CorrelationIdRoute.of(ctx),
                List.of());
        ctx.response().setStatusCode(code.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}

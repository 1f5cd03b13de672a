package vn.lienlac.platform.error;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Gives every HTTP request a correlation id, echoed in the {@code X-Request-Id} response header. */
@ApplicationScoped
public class CorrelationIdRoute {

    static final String KEY = "lienlac.correlationId";

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            String id = CorrelationIds.of(ctx.request());
            ctx.put(KEY, id);
            ctx.response().putHeader(CorrelationIds.HEADER, id);
            ctx.next();
        });
    }

    public static String of(RoutingContext ctx) {
        String id = ctx == null ? null : ctx.get(KEY);
        return id != null ? id : CorrelationIds.of(ctx == null ? null : ctx.request());
    }
}

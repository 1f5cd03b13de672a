package vn.lienlac.chat.ws;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Authenticates a chat upgrade before the WebSocket endpoint sees it, and keeps only the resolved identity on the
 * request.
 *
 * <p>Authentication is lazy here ({@code quarkus.http.auth.proactive=false}), so the request carries a memoized
 * {@code Uni} of the identity, and that {@code Uni} references every operator of the authentication pipeline with
 * the context it captured. websockets-next keeps the upgrade's request for the connection's lifetime, which made
 * about 7.5 KB per idle connection (33 captured contexts and their operators). Replacing it with the identity it
 * resolved to drops all of that; websockets-next then takes the identity from the request's user, as it does with
 * proactive authentication. A failed authentication is left untouched, so the endpoint answers it as before (401).
 */
@ApplicationScoped
public class UpgradeIdentity {

    /** After authentication (-200) and authorization (-100), before the endpoints' routes (order 0 and up). */
    static final int ORDER = -50;

    void install(@Observes Router router) {
        router.route(ChatSocket.PATH).order(ORDER).handler(UpgradeIdentity::resolve);
    }

    private static void resolve(RoutingContext ctx) {
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> {
            if (identity != null) {
                QuarkusHttpUser.setIdentity(identity, ctx);
            }
            ctx.next();
        }, failure -> {
            if (!ctx.response().ended()) {
                ctx.next();
            }
        });
    }
}

package vn.lienlac.chat.ws;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.error.ProblemMappers;
import vn.lienlac.platform.error.RouteProblems;

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
 *
 * <p>What the connection keeps of a token-based identity is trimmed as well: the principal becomes a
 * {@link RetainedToken} (the claims chat reads, without the encoded token), and the encoded token, no longer needed
 * once verified, leaves the request: the {@code Authorization} header, before websockets-next copies the headers
 * into the connection, and the copy the OIDC mechanism keeps in the request's data. Roles, attributes (among them
 * the expiry, at which Quarkus closes the connection) and permissions stay; permission checkers are not carried
 * over, as chat authorises with {@code AccessPolicy} and the directory, never with {@code checkPermission}. About
 * 4 KB less per connection.
 *
 * <p>Authenticating reads the database (the token's sign-in session must be live, {@code SessionCheckAugmentor}):
 * when that read fails, the upgrade is answered 503 with {@code Retry-After}, not 500 — the server cannot say now,
 * and the client comes back.
 */
@ApplicationScoped
public class UpgradeIdentity {

    private static final Logger LOG = Logger.getLogger(UpgradeIdentity.class);

    /** After authentication (-200) and authorization (-100), before the endpoints' routes (order 0 and up). */
    static final int ORDER = -50;
    /** Before every other route's failure handler. */
    static final int FAILURE_ORDER = -1_000;

    void install(@Observes Router router) {
        router.route(ChatSocket.PATH).order(ORDER).handler(UpgradeIdentity::resolve);
        // Failure handlers are tried in route order: this one comes before the application's problem mappers.
        router.route(ChatSocket.PATH).order(FAILURE_ORDER).failureHandler(UpgradeIdentity::failed);
    }

    /** An upgrade whose authentication failed for another reason than the caller's token: 503, not 500. */
    private static void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure == null || refusedCaller(failure) || ctx.response().ended()) {
            ctx.next();
            return;
        }
        unavailable(ctx, failure);
    }

    private static void unavailable(RoutingContext ctx, Throwable failure) {
        // Not a verdict on the caller: checking the token's session needs the database, which did not answer.
        LOG.warnf("chat upgrade answered 503: the caller could not be authenticated (%s)", failure.toString());
        ctx.response().putHeader("Retry-After", String.valueOf(ProblemMappers.DATABASE_RETRY_AFTER_SECONDS))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        RouteProblems.end(ctx, ErrorCode.DATABASE_UNAVAILABLE, null);
    }

    private static void resolve(RoutingContext ctx) {
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> {
            if (identity != null) {
                QuarkusHttpUser.setIdentity(retained(identity), ctx);
                forgetToken(ctx, identity);
            }
            ctx.next();
        }, failure -> {
            if (ctx.response().ended()) {
                return;
            }
            if (refusedCaller(failure)) {
                ctx.next();
                return;
            }
            unavailable(ctx, failure);
        });
    }

    /** An authentication that failed because of the caller (bad, expired or revoked token): 401 as before. */
    static boolean refusedCaller(Throwable failure) {
        return failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException;
    }

    /** Drops the encoded token from the request: its header, and the copy the token's verification kept. */
    private static void forgetToken(RoutingContext ctx, SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return;
        }
        ctx.request().headers().remove(HttpHeaders.AUTHORIZATION);
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
            String raw = token.getRawToken();
            ctx.data().values().removeIf(raw::equals);
        }
    }

    /** The identity a connection keeps: the same person, roles and attributes, without the encoded token. */
    static SecurityIdentity retained(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return identity;
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(RetainedToken.of(token))
                .addRoles(identity.getRoles())
                .addAttributes(identity.getAttributes())
                .addPermissions(identity.getPermissions())
                .build();
    }
}

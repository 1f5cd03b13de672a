package vn.lienlac.platform.http;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response, errors included (docs/api.md, "Response headers"): set when the headers are
 * written, so that they reach responses made by resources, by the error mappers and by Vert.x itself (404, 413).
 * A header a resource set itself (an attachment's {@code Cache-Control: private, max-age=…}) is kept.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The API serves JSON and files, never a page: nothing may load, run or frame it. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    /** Swagger UI is a page: its own scripts, styles and inline set-up, the OpenAPI document; no framing. */
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    /**
     * The web app (docs/web.md): its own scripts, styles, images, workers and manifest only, no inline script or
     * style, API calls and the chat WebSocket to this origin (and to the {@link ConnectSources}' origins, such as the
     * sector SSO's token endpoint), photos shown from blob: URLs; no framing, no plugins.
     */
    static final String APP_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
            + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final String swaggerPath;
    private final String appCsp;

    public SecurityHeaders(@ConfigProperty(name = "quarkus.swagger-ui.path", defaultValue = "/q/swagger-ui")
            String swaggerPath, Instance<ConnectSources> connectSources) {
        this.swaggerPath = swaggerPath.startsWith("/") ? swaggerPath : "/q/" + swaggerPath;
        TreeSet<String> origins = new TreeSet<>();
        connectSources.forEach(sources -> origins.addAll(sources.origins()));
        this.appCsp = origins.isEmpty() ? APP_CSP
                : APP_CSP.replace("connect-src 'self'", "connect-src 'self' " + String.join(" ", origins));
    }

    /** First of all routes, before the correlation id (-1000): even a request refused early gets the headers. */
    void install(@Observes Router router) {
        router.route().order(-1100).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> apply(ctx));
            ctx.next();
        });
    }

    /** Health and metrics (port 9000) are not personal, but get the generic headers too. */
    void installManagement(@Observes ManagementInterface management) {
        management.router().route().order(-1100).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "no-referrer");
                setIfAbsent(headers, "Content-Security-Policy", API_CSP);
            });
            ctx.next();
        });
    }

    private void apply(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        String path = ctx.normalizedPath();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        String own = headers.get("Content-Security-Policy");
        if (!(path.startsWith("/api/") && own != null && own.startsWith(API_CSP))) {
            // A resource may only tighten the API's policy (a download adds "sandbox"); anything else is replaced.
            headers.set("Content-Security-Policy", path.startsWith(swaggerPath) ? SWAGGER_CSP
                    : isApp(path) ? appCsp : API_CSP);
        }
        if (path.startsWith("/api/")) {
            // Tokens and personal data: no shared or browser cache may keep them, unless a resource decided otherwise.
            setIfAbsent(headers, "Cache-Control", "no-store");
        } else if (isApp(path)) {
            // The app's files revalidate on every network load (ETag / Last-Modified); its service worker serves
            // repeat loads from its own cache, renamed with each build, so a deploy is never hidden by a stale file.
            headers.set("Cache-Control", "no-cache");
        }
    }

    /** Everything that is not the API, the WebSocket or Quarkus' own pages is the web app's. */
    static boolean isApp(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/ws/");
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}

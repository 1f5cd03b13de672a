package vn.lienlac.identity.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * CSRF protection for everything the refresh cookie authenticates ({@link RefreshCookie#PATH}): the request must carry
 * the {@code X-Lienlac-Csrf} header — a custom header that a form, a link or an image on another site cannot send,
 * and that a cross-origin script may send only after a CORS preflight this server never grants — and, when the
 * browser names its {@code Origin}, come from this server's own origin. The cookie's SameSite=Strict is the first
 * line; this is the second.
 */
public class WebSignInGuard {

    static final String HEADER = "X-Lienlac-Csrf";
    static final String REFUSED = "Yêu cầu đăng nhập này không đến từ ứng dụng Liên Lạc.";

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!path.startsWith(RefreshCookie.PATH + "/") && !path.equals(RefreshCookie.PATH)) {
            return;
        }
        String header = request.getHeaderString(HEADER);
        if (header == null || header.isBlank()) {
            throw new ApiException(ErrorCode.FORBIDDEN, REFUSED);
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, http)) {
            throw new ApiException(ErrorCode.FORBIDDEN, REFUSED);
        }
    }

    /** The Origin's host and port are the ones this request was sent to (after a trusted proxy's forwarding). */
    static boolean sameOrigin(String origin, HttpServerRequest http) {
        HostAndPort authority = http.authority();
        if (authority == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            return uri.getHost().equalsIgnoreCase(authority.host())
                    && port(uri.getPort(), uri.getScheme()) == port(authority.port(), http.scheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(int port, String scheme) {
        return port > 0 ? port : "https".equals(scheme) ? 443 : 80;
    }
}

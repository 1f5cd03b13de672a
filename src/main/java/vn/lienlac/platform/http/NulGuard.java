package vn.lienlac.platform.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.error.RouteProblems;

/**
 * Refuses a request whose path or query string carries U+0000 ({@code %00}) with 400 problem JSON, before any
 * resource runs: PostgreSQL cannot store NUL in text, so a search for {@code q=%00} would otherwise fail inside the
 * query with a 500. JSON strings get the same check in {@code StrictJson}; text PostgreSQL refuses anyway is mapped
 * to 400 in {@code ProblemMappers}.
 */
@ApplicationScoped
public class NulGuard {

    /** Right after the correlation id (-1000), so that the problem carries it. */
    static final int ORDER = -990;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            if (hasNul(ctx.request().uri())) {
                RouteProblems.end(ctx, ErrorCode.INVALID_CHARACTER,
                        "Địa chỉ hoặc tham số truy vấn chứa ký tự NUL (%00).");
            } else {
                ctx.next();
            }
        });
    }

    /** The raw request target: {@code %00} in any case of hex digits is U+0000 once decoded. */
    static boolean hasNul(String uri) {
        return uri != null && (uri.contains("%00") || uri.indexOf('\0') >= 0);
    }
}

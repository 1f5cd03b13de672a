package vn.lienlac.platform.error;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties one request to its log lines and to the problem a client reports: the caller's
 * {@code X-Request-Id} when it is a sane token (a load balancer or portal may set one), otherwise a new one.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private CorrelationIds() {
    }

    public static String of(HttpServerRequest request) {
        String given = request == null ? null : request.getHeader(HEADER);
        return given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}

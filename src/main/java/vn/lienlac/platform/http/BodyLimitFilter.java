package vn.lienlac.platform.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.error.Problem;
import vn.lienlac.platform.error.RouteProblems;

/**
 * Enforces {@link BodyLimitsConfig} on every request of the API port before anything else reads its body.
 *
 * <p>A declared {@code Content-Length} over the limit is refused at once, unread. A chunked body is counted as it
 * streams: in-memory kinds are collected here (never more than their limit) and handed on as the routing context's
 * body (an HTTP/2 body of unknown length is refused with 411); {@link BodyRoutes.Kind#streamed streamed} kinds are
 * passed on and written to disk by their reader ({@link Uploads}, or Quarkus' multipart parser). A refusal is a
 * 413 problem (Vietnamese), {@code Connection: close}; the rest of the body is read and dropped for
 * {@code refused-linger} so that the client sees the answer, then the connection is closed. Over HTTP/2 only the
 * request's stream ends (reset with CANCEL after the linger, RFC 9113 §8.1): the connection carries the client's
 * other requests, which a close would fail with GOAWAY.
 *
 * <p>Runs as a filter just after authentication was set up (deferred, since authentication is not proactive): only
 * a caller whose credentials check out gets more than the sign-in limit, so anonymous bodies stay a few KB.
 */
@ApplicationScoped
public class BodyLimitFilter {

    /** HTTP/2's CANCEL error code: "the stream is no longer needed". */
    private static final long CANCEL = 0x8;

    /** After {@link SecurityHandlerPriorities#AUTHENTICATION} (which installs the deferred identity), before the rest. */
    static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION - 10;

    private final BodyLimitsConfig config;
    private final MeterRegistry registry;

    public BodyLimitFilter(BodyLimitsConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            ctx.next(); // a WebSocket opening: its frames have their own limits
            return;
        }
        BodyRoutes.Kind kind = BodyRoutes.of(request.method(), request.path(),
                request.getHeader(HttpHeaders.CONTENT_TYPE));
        if (kind == BodyRoutes.Kind.SIGN_IN || request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            receive(ctx, BodyRoutes.Kind.SIGN_IN, config.signIn().asLongValue());
            return;
        }
        if (kind == BodyRoutes.Kind.STANDARD || !hasBody(request)) {
            receive(ctx, kind, limit(kind));
            return;
        }
        Uni<SecurityIdentity> identity = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (identity == null) {
            receive(ctx, BodyRoutes.Kind.SIGN_IN, config.signIn().asLongValue());
            return;
        }
        // Checking the credentials may take a database round trip: hold the body until then.
        request.pause();
        Context context = Vertx.currentContext();
        identity.subscribe().with(
                who -> context.runOnContext(v -> {
                    boolean known = who != null && !who.isAnonymous();
                    receive(ctx, known ? kind : BodyRoutes.Kind.SIGN_IN,
                            known ? limit(kind) : config.signIn().asLongValue());
                }),
                failure -> context.runOnContext(v -> {
                    if (ctx.response().ended()) {
                        // Quarkus already answered 401 for the failed credentials: drop the unread body and close.
                        discardAndClose(ctx);
                    } else {
                        receive(ctx, BodyRoutes.Kind.SIGN_IN, config.signIn().asLongValue());
                    }
                }));
    }

    private long limit(BodyRoutes.Kind kind) {
        return switch (kind) {
            case SIGN_IN -> config.signIn().asLongValue();
            case STANDARD -> config.standard().asLongValue();
            case JSON -> config.json().asLongValue();
            case BULK_JSON -> config.bulkJson().asLongValue();
            case IMPORT_FILE, IMPORT_MULTIPART -> config.importFile().asLongValue();
            case ATTACHMENT -> config.attachment().asLongValue();
        };
    }

    /**
     * Refuses, streams, collects or passes the body on. Quarkus pauses every request until a handler reads it; a
     * body passed on stays paused (the next reader, Quarkus REST or its multipart parser, sets its handlers and
     * resumes), while the readers here set their handlers first and then resume.
     */
    private void receive(RoutingContext ctx, BodyRoutes.Kind kind, long limit) {
        HttpServerRequest request = ctx.request();
        long declared = contentLength(request);
        if (declared > limit) {
            refuse(ctx, ErrorCode.PAYLOAD_TOO_LARGE, tooLarge(limit), kind);
            return;
        }
        if (kind.streamed) {
            // Multipart imports: Quarkus writes the parts to disk within quarkus.http.limits.max-body-size; raw
            // files and attachments: the resource streams them to disk within their limit (Uploads).
            ctx.next();
            return;
        }
        if (declared >= 0 || !hasBody(request)) {
            // The HTTP decoder delivers at most the declared length: the next handler reads it.
            ctx.next();
            return;
        }
        if (request.version() == HttpVersion.HTTP_2) {
            // A body of unknown length: collecting it here would leave Quarkus REST an ended HTTP/2 request.
            refuse(ctx, ErrorCode.LENGTH_REQUIRED, "Hãy khai báo Content-Length cho nội dung gửi lên.", kind);
            return;
        }
        collect(ctx, kind, limit);
    }

    /** A chunked body of an in-memory kind: collected up to the limit, then handed on as the context's body. */
    private void collect(RoutingContext ctx, BodyRoutes.Kind kind, long limit) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                refuse(ctx, ErrorCode.PAYLOAD_TOO_LARGE, tooLarge(limit), kind);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(e -> refused[0] = true);
        request.endHandler(v -> {
            if (!refused[0]) {
                ctx.setBody(body);
                ctx.next();
            }
        });
        request.resume();
    }

    /** Answers a problem and closes the connection; what the client still sends meanwhile is read and dropped. */
    private void refuse(RoutingContext ctx, ErrorCode code, String detail, BodyRoutes.Kind kind) {
        registry.counter("lienlac.http.body.refused", "kind", kind.name().toLowerCase(),
                "status", Integer.toString(code.status())).increment();
        HttpServerResponse response = ctx.response();
        discardAndClose(ctx);
        if (response.ended() || response.headWritten()) {
            end(ctx.request());
            return;
        }
        response.setStatusCode(code.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (ctx.request().version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(RouteProblems.body(ctx, code, detail));
    }

    /** Reads and drops what is left of the body, then closes the connection (at the latest after the linger). */
    private void discardAndClose(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!request.isEnded()) {
            request.handler(dropped -> {
            });
            request.endHandler(v -> end(request));
            request.exceptionHandler(e -> {
            });
            request.resume();
        }
        long linger = Math.max(1, config.refusedLinger().toMillis());
        ctx.vertx().setTimer(linger, t -> end(request));
    }

    /** HTTP/1.x: closes the connection. HTTP/2: resets the request's stream if it is still open, nothing else. */
    private static void end(HttpServerRequest request) {
        if (request.version() != HttpVersion.HTTP_2) {
            request.connection().close();
        } else if (!request.isEnded()) {
            request.response().reset(CANCEL);
        }
    }

    static String tooLarge(long limit) {
        return "Nội dung gửi lên vượt quá giới hạn " + readable(limit) + " của địa chỉ này.";
    }

    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " byte";
    }

    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // unreadable: treated as too large
        }
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase().contains("chunked");
    }

    /**
     * A declared length over 0, a chunked HTTP/1.1 body, or an HTTP/2 POST, PUT or PATCH without content-length
     * (whether its stream ended with the headers is not known yet when this filter runs; other methods are taken to
     * carry no body, and Quarkus REST reads none for GET and HEAD).
     */
    private static boolean hasBody(HttpServerRequest request) {
        long declared = contentLength(request);
        if (declared >= 0) {
            return declared > 0;
        }
        if (request.version() == HttpVersion.HTTP_2) {
            HttpMethod method = request.method();
            return !request.isEnded()
                    && (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH);
        }
        return isChunked(request);
    }
}

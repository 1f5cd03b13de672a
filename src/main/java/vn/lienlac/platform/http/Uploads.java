package vn.lienlac.platform.http;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Promise;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Streamed request bodies (imports and attachments): the resource asks for the body as a temporary file, which is
 * written as the bytes arrive and counted against the endpoint's limit ({@link BodyLimitsConfig}); nothing of the
 * body is held in memory beyond Vert.x's write queue. Over the limit the request fails with 413 and the rest of the
 * body is dropped (an HTTP/1.1 connection is then closed). The file is deleted when the response ends. The body
 * limit filter has already refused a declared length over the limit and callers without valid credentials.
 */
@ApplicationScoped
public class Uploads {

    private static final Logger LOG = Logger.getLogger(Uploads.class);

    private final BodyLimitsConfig config;
    private final Optional<Path> directory;

    public Uploads(BodyLimitsConfig config) {
        this.config = config;
        this.directory = config.uploadsDirectory();
    }

    /** The body of a directory import file (raw XLSX / CSV); null when the request has none. */
    public Uni<Path> importFile(RoutingContext ctx) {
        return receive(ctx, config.importFile().asLongValue());
    }

    /** The body of an attachment or photo upload; null when the request has none. */
    public Uni<Path> attachment(RoutingContext ctx) {
        return receive(ctx, config.attachment().asLongValue());
    }

    Uni<Path> receive(RoutingContext ctx, long limit) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded()) {
            return Uni.createFrom().nullItem();
        }
        Promise<Path> received = Promise.promise();
        FileSystem fs = ctx.vertx().fileSystem();
        String dir = directory.map(Path::toString).orElse(System.getProperty("java.io.tmpdir"));
        fs.mkdirs(dir)
                .compose(v -> fs.createTempFile(dir, "lienlac-upload-", ".part", (String) null))
                .onFailure(e -> {
                    LOG.errorf("Cannot create an upload file in %s: %s", dir, e.toString());
                    received.fail(e);
                })
                .onSuccess(path -> {
                    ctx.addEndHandler(end -> fs.delete(path));
                    fs.open(path, new OpenOptions().setWrite(true).setTruncateExisting(true))
                            .onFailure(received::fail)
                            .onSuccess(file -> pump(ctx, Path.of(path), file, limit, received));
                });
        return Uni.createFrom().completionStage(() -> received.future().toCompletionStage());
    }

    private void pump(RoutingContext ctx, Path path, AsyncFile file, long limit, Promise<Path> received) {
        HttpServerRequest request = ctx.request();
        long[] count = {0};
        boolean[] over = {false};
        request.handler(chunk -> {
            if (over[0]) {
                return; // dropped
            }
            count[0] += chunk.length();
            if (count[0] > limit) {
                over[0] = true;
                file.close();
                dropTheRest(ctx);
                received.tryFail(new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, BodyLimitFilter.tooLarge(limit)));
                return;
            }
            file.write(chunk);
            if (file.writeQueueFull()) {
                request.pause();
                file.drainHandler(v -> request.resume());
            }
        });
        request.exceptionHandler(e -> {
            file.close();
            received.tryFail(e);
        });
        request.endHandler(v -> {
            if (!over[0]) {
                file.close().onFailure(received::tryFail).onSuccess(closed -> received.tryComplete(path));
            }
        });
        request.resume();
    }

    /** After a refusal: an HTTP/1.1 connection is closed once the answer is out (at the latest after the linger). */
    private void dropTheRest(RoutingContext ctx) {
        if (ctx.request().version() == HttpVersion.HTTP_2) {
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        ctx.addEndHandler(end -> ctx.vertx().setTimer(Math.max(1, config.refusedLinger().toMillis()),
                t -> ctx.request().connection().close()));
    }
}

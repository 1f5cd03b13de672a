package vn.lienlac.platform.http;

import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Streamed request bodies (imports and attachments): {@link BodyLimitFilter} writes them to a temporary file as
 * they arrive, counting bytes against their limit, and the resource reads the file with {@link #file}. Nothing of
 * the body is held in memory beyond Vert.x's write queue; the file is deleted when the response ends.
 */
@ApplicationScoped
public class Uploads {

    static final String KEY = "lienlac.upload";
    private static final Logger LOG = Logger.getLogger(Uploads.class);

    private final Optional<Path> directory;

    public Uploads(BodyLimitsConfig config) {
        this.directory = config.uploadsDirectory();
    }

    /** The file holding this request's streamed body, or null when the request carried no body. */
    public static Path file(RoutingContext ctx) {
        return ctx == null ? null : ctx.get(KEY);
    }

    /** Streams the body to a new temporary file, then continues the route; calls refuse once over the limit. */
    void receive(RoutingContext ctx, long limit, Runnable refuse) {
        HttpServerRequest request = ctx.request();
        request.pause();
        FileSystem fs = ctx.vertx().fileSystem();
        String dir = directory.map(Path::toString).orElse(System.getProperty("java.io.tmpdir"));
        fs.mkdirs(dir)
                .compose(v -> fs.createTempFile(dir, "lienlac-upload-", ".part", (String) null))
                .onFailure(e -> {
                    LOG.errorf("Cannot create an upload file in %s: %s", dir, e.toString());
                    ctx.fail(e);
                })
                .onSuccess(path -> {
                    ctx.addEndHandler(end -> fs.delete(path));
                    fs.open(path, new OpenOptions().setWrite(true).setTruncateExisting(true))
                            .onFailure(ctx::fail)
                            .onSuccess(file -> pump(ctx, Path.of(path), file, limit, refuse));
                });
    }

    private static void pump(RoutingContext ctx, Path path, AsyncFile file, long limit, Runnable refuse) {
        HttpServerRequest request = ctx.request();
        long[] received = {0};
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            received[0] += chunk.length();
            if (received[0] > limit) {
                refused[0] = true;
                file.close();
                refuse.run();
                return;
            }
            file.write(chunk);
            if (file.writeQueueFull()) {
                request.pause();
                file.drainHandler(v -> request.resume());
            }
        });
        request.exceptionHandler(e -> {
            refused[0] = true;
            file.close();
        });
        request.endHandler(v -> {
            if (refused[0]) {
                return;
            }
            file.close().onFailure(ctx::fail).onSuccess(closed -> {
                ctx.put(KEY, path);
                ctx.next();
            });
        });
        request.resume();
    }
}

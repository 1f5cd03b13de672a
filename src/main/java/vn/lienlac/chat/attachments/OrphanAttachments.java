package vn.lienlac.chat.attachments;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.storage.FileStorage;
import vn.lienlac.platform.storage.Thumbnails;

/**
 * Deletes uploads that no message ever used (the client uploaded, then never sent): their rows and their bytes
 * (and any thumbnail, {@link Thumbnails}),
 * {@link AttachmentConfig#orphanAfter} after the upload. Several pods may sweep at once: each takes rows the others
 * have not locked. Bytes are deleted after the rows' commit, so a failure leaves at worst unreachable bytes.
 */
@ApplicationScoped
public class OrphanAttachments {

    private static final Logger LOG = Logger.getLogger(OrphanAttachments.class);
    private static final int BATCH = 500;

    private static final String DELETE = """
            DELETE FROM chat_attachment a WHERE a.id IN (
                SELECT o.id FROM chat_attachment o
                WHERE o.created_at < $1
                  AND NOT EXISTS (SELECT 1 FROM chat_event e WHERE e.attachment_id = o.id)
                ORDER BY o.created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
            RETURNING a.storage_key""";

    private final Pool pool;
    private final FileStorage storage;
    private final AttachmentConfig config;
    private final Clock clock;

    public OrphanAttachments(Pool pool, FileStorage storage, AttachmentConfig config, Clock clock) {
        this.pool = pool;
        this.storage = storage;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep(clock.instant()).invoke(deleted -> {
            if (deleted > 0) {
                LOG.infof("Deleted %d chat attachments that no message used", deleted);
            }
        }).onFailure().invoke(failure -> LOG.warn("Could not delete unused chat attachments", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Deletes what was uploaded before {@code now - orphanAfter} and is used by no message; returns how many. */
    public Uni<Integer> sweep(Instant now) {
        Instant before = now.minus(config.orphanAfter());
        return pool.withTransaction(conn -> conn.preparedQuery(DELETE).execute(Tuple.of(SqlTimes.of(before), BATCH)))
                .chain(rows -> {
                    List<String> keys = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        keys.add(row.getString("storage_key"));
                    }
                    if (keys.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return Multi.createFrom().iterable(keys)
                            .onItem().transformToUniAndConcatenate(key -> storage.delete(key)
                                    .chain(() -> storage.delete(Thumbnails.key(key))))
                            .collect().last()
                            .chain(() -> keys.size() < BATCH ? Uni.createFrom().item(keys.size())
                                    : sweep(now).map(more -> keys.size() + more));
                });
    }
}

package vn.lienlac.directives.attachments;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.UUID;
import vn.lienlac.platform.storage.StorageConfig;
import vn.lienlac.platform.storage.FileNames;
import vn.lienlac.platform.storage.UploadedFile;
import vn.lienlac.platform.storage.FileStorage;
import vn.lienlac.platform.storage.FileType;
import vn.lienlac.directives.AccessQueries;
import vn.lienlac.directives.Actor;
import vn.lienlac.directives.Actors;
import vn.lienlac.directives.Position;
import vn.lienlac.directives.Views.AttachmentView;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.platform.Sha256;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Files of directives and of report responses, kept in chat's {@link FileStorage} (same volume, same checks:
 * JPEG, PNG, WebP or PDF recognised by their first bytes, the same size limit) with their own rows in
 * {@code directive_attachment}. Staff upload first, then name the ids in a send, a forward or a report. A file is
 * served to its uploader, and to whoever may open its directive (for a report's file: whoever tracks the school's
 * response); to everyone else it does not exist.
 */
@ApplicationScoped
public class DirectiveAttachments {

    static final String NO_ATTACHMENT = "Không tìm thấy tệp đính kèm này.";

    private static final String INSERT = """
            INSERT INTO directive_attachment (id, uploader_staff_id, content_type, size_bytes, file_name, sha256,
                                              storage_key, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""";

    private static final String FIND = "SELECT * FROM directive_attachment WHERE id = $1";

    private final Pool pool;
    private final Actors actors;
    private final AccessQueries access;
    private final FileStorage storage;
    private final StorageConfig config;
    private final Clock clock;

    public DirectiveAttachments(Pool pool, Actors actors, AccessQueries access, FileStorage storage,
            StorageConfig config, Clock clock) {
        this.pool = pool;
        this.actors = actors;
        this.access = access;
        this.storage = storage;
        this.config = config;
        this.clock = clock;
    }

    /** A file and its bytes. */
    public record Download(AttachmentView attachment, Multi<Buffer> content) {

        public String downloadName() {
            return attachment.fileName() != null ? attachment.fileName()
                    : "tep-dinh-kem." + FileType.ofMediaType(attachment.contentType()).orElseThrow().extension();
        }
    }

    /** Stores an upload of a staff member (under their first position). */
    public Uni<AttachmentView> upload(SignedInPerson person, String contentType, String fileName, Path content) {
        return actors.load(pool, person).chain(actor -> {
            Position uploader = actor.positions().get(0);
            // Reading the size, first bytes and hash of the streamed file blocks: off the event loop.
            return Uni.createFrom().item(() -> UploadedFile.inspect(content))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .chain(file -> save(uploader, FileType.accepted(contentType, file,
                            config.maxSize().asLongValue()), FileNames.sanitise(fileName), file));
        });
    }

    /** The file, for its uploader and whoever may open what it is attached to; 404 for everyone else. */
    public Uni<Download> open(SignedInPerson person, UUID id) {
        return actors.load(pool, person).chain(actor -> pool.preparedQuery(FIND).execute(Tuple.of(id))
                .chain(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    Row row = it.hasNext() ? it.next() : null;
                    return allowed(actor, row).chain(allowed -> {
                        if (!allowed) {
                            return Uni.createFrom().failure(ApiException.notFound(NO_ATTACHMENT));
                        }
                        AttachmentView view = new AttachmentView(row.getUUID("id"), row.getString("content_type"),
                                row.getLong("size_bytes"), row.getString("file_name"));
                        return storage.open(row.getString("storage_key"))
                                .onFailure(NoSuchElementException.class)
                                .transform(e -> ApiException.notFound(NO_ATTACHMENT))
                                .map(content -> new Download(view, content));
                    });
                }));
    }

    private Uni<Boolean> allowed(Actor actor, Row row) {
        if (row == null) {
            return Uni.createFrom().item(false);
        }
        if (Arrays.asList(actor.staffIds()).contains(row.getLong("uploader_staff_id"))) {
            return Uni.createFrom().item(true);
        }
        Long directiveId = row.getLong("directive_id");
        if (directiveId == null) {
            return Uni.createFrom().item(false);
        }
        Long reportSchool = row.getLong("report_school_id");
        return access.require(pool, actor, directiveId)
                .map(relation -> reportSchool == null
                        || relation.tracksAll() || relation.managedSchools().contains(reportSchool))
                .onFailure(ApiException.class).recoverWithItem(false);
    }

    private Uni<AttachmentView> save(Position uploader, FileType type, String fileName, UploadedFile content) {
        UUID id = UUID.randomUUID();
        String key = id.toString();
        return storage.store(key, content.path())
                .chain(() -> pool.preparedQuery(INSERT).execute(Tuple.tuple(Arrays.asList(id, uploader.staffId(),
                        type.mediaType(), content.size(), fileName, content.sha256(), key,
                        SqlTimes.of(clock.instant())))))
                .onFailure().call(() -> storage.delete(key))
                .map(rows -> new AttachmentView(id, type.mediaType(), content.size(), fileName));
    }
}

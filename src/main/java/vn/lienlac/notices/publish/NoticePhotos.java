package vn.lienlac.notices.publish;

import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import vn.lienlac.platform.storage.StorageConfig;
import vn.lienlac.platform.storage.FileNames;
import vn.lienlac.platform.storage.UploadedFile;
import vn.lienlac.platform.storage.FileStorage;
import vn.lienlac.platform.storage.FileType;
import vn.lienlac.platform.storage.Thumbnails;
import vn.lienlac.directory.Rosters;
import vn.lienlac.directory.Rosters.RosterSchool;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.identity.NoticeAuthors;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.platform.Sha256;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Photos of activity posts, kept in chat's {@link FileStorage} (same volume, same checks as chat and
 * directives: the type recognised by its first bytes, the same size limit; photos only, so no PDF) with their own
 * rows in {@code notice_photo}. Whoever may post activities for a school uploads first, then names the ids in an
 * activity record's {@code photos}. A photo is served to the school's staff and portal, and to the families whose
 * contact book shows an activity carrying it; to everyone else it does not exist.
 */
@ApplicationScoped
public class NoticePhotos {

    static final String NO_PHOTO = "Không tìm thấy ảnh này.";

    private static final String INSERT = """
            INSERT INTO notice_photo (id, school_id, uploader, content_type, size_bytes, file_name, sha256,
                                      storage_key, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""";

    /** The photo, its school, and the classes of the live activities that carry it (whole school: class null). */
    private static final String FIND = """
            SELECT p.content_type, p.size_bytes, p.file_name, p.storage_key, s.code AS school_code,
                   coalesce(array_agg(DISTINCT n.class_id) FILTER (WHERE n.class_id IS NOT NULL),
                            '{}'::bigint[]) AS class_ids,
                   coalesce(bool_or(n.class_id IS NULL) FILTER (WHERE n.id IS NOT NULL), false) AS whole_school
            FROM notice_photo p
            JOIN directory_schools s ON s.id = p.school_id
            LEFT JOIN notice n ON n.school_id = p.school_id AND n.kind = 'ACTIVITY' AND n.withdrawn_at IS NULL
                              AND n.payload->'photos' @> jsonb_build_array(jsonb_build_object('id', p.id::text))
            WHERE p.id = $1
            GROUP BY p.id, s.code""";

    private final Pool pool;
    private final AccessPolicy policy;
    private final NoticeAuthors authors;
    private final Rosters rosters;
    private final FileStorage storage;
    private final StorageConfig config;
    private final Thumbnails thumbnails;
    private final Clock clock;

    public NoticePhotos(Pool pool, AccessPolicy policy, NoticeAuthors authors, Rosters rosters, FileStorage storage,
            StorageConfig config, Thumbnails thumbnails, Clock clock) {
        this.pool = pool;
        this.policy = policy;
        this.authors = authors;
        this.rosters = rosters;
        this.storage = storage;
        this.config = config;
        this.thumbnails = thumbnails;
        this.clock = clock;
    }

    /** An uploaded photo, as the upload answers it. */
    public record Photo(UUID id, String contentType, long size, String fileName) {
    }

    /**
     * A photo and its bytes, or its thumbnail's ({@link Thumbnails}).
     *
     * @param contentType what the bytes are: the photo's type, or {@code image/jpeg} for a thumbnail
     */
    public record Download(Photo photo, String contentType, Multi<Buffer> content) {

        public String downloadName() {
            String name = photo.fileName() != null ? photo.fileName()
                    : "anh." + FileType.ofMediaType(photo.contentType()).orElseThrow().extension();
            return contentType.equals(photo.contentType()) ? name : Thumbnails.downloadName(name);
        }
    }

    /** Stores a photo for a school's activity posts; 403 for callers who may not post activities there. */
    public Uni<Photo> upload(SecurityIdentity identity, String schoolCode, String contentType, String fileName,
            Path content) {
        return authors.requireNoticeAuthor(identity, schoolCode).chain(author -> {
            if (!PublishRights.mayPublish(author, NoticeKind.ACTIVITY)) {
                return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN));
            }
            // Reading the size, first bytes and hash of the streamed file blocks: off the event loop.
            return Uni.createFrom().item(() -> UploadedFile.inspect(content))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .chain(file -> {
                        FileType type = FileType.accepted(contentType, file,
                                config.maxSize().asLongValue());
                        if (type == FileType.PDF) {
                            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                                    "Chỉ đăng được ảnh JPEG, PNG hoặc WebP.");
                        }
                        return rosters.school(schoolCode).chain(school -> school == null
                                ? Uni.createFrom().failure(
                                        ApiException.notFound("Không tìm thấy trường " + schoolCode + "."))
                                : save(school, author.actor(), type, FileNames.sanitise(fileName), file));
                    });
        });
    }

    /**
     * The photo, for the school's staff and portal and the families an activity carrying it reached; else 404.
     * With {@code thumbnail}, its thumbnail ({@link Thumbnails}) instead, under the same rules.
     */
    public Uni<Download> open(UUID id, boolean thumbnail) {
        Supplier<ApiException> notFound = () -> ApiException.notFound(NO_PHOTO);
        return pool.preparedQuery(FIND).execute(Tuple.of(id)).chain(rows -> {
            RowIterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                return Uni.createFrom().failure(notFound.get());
            }
            Row row = it.next();
            Photo photo = new Photo(id, row.getString("content_type"), row.getLong("size_bytes"),
                    row.getString("file_name"));
            return policy.requireActivityPhoto(row.getString("school_code"),
                            Set.of(row.getArrayOfLongs("class_ids")), row.getBoolean("whole_school"), notFound)
                    .chain(() -> thumbnail ? thumbnails.open(row.getString("storage_key"), photo.contentType())
                            : storage.open(row.getString("storage_key"))
                                    .map(bytes -> new Thumbnails.Image(photo.contentType(), bytes)))
                    .onFailure(NoSuchElementException.class).transform(e -> notFound.get())
                    .map(image -> new Download(photo, image.contentType(), image.content()));
        });
    }

    /** The content types of those of these photos (UUID text) that were uploaded for the school, by id. */
    Uni<Map<String, String>> contentTypes(long schoolId, Collection<String> ids) {
        UUID[] wanted = ids.stream().map(UUID::fromString).toArray(UUID[]::new);
        return pool.preparedQuery("SELECT id::text AS id, content_type FROM notice_photo "
                        + "WHERE school_id = $1 AND id = ANY($2)")
                .execute(Tuple.of(schoolId, wanted))
                .map(rows -> {
                    Map<String, String> found = new HashMap<>();
                    rows.forEach(row -> found.put(row.getString("id"), row.getString("content_type")));
                    return found;
                });
    }

    private Uni<Photo> save(RosterSchool school, String uploader, FileType type, String fileName,
            UploadedFile content) {
        UUID id = UUID.randomUUID();
        String key = id.toString();
        return storage.store(key, content.path())
                .chain(() -> pool.preparedQuery(INSERT).execute(Tuple.tuple(Arrays.asList(id, school.id(), uploader,
                        type.mediaType(), content.size(), fileName, content.sha256(), key,
                        SqlTimes.of(clock.instant())))))
                .onFailure().call(() -> storage.delete(key))
                .map(rows -> new Photo(id, type.mediaType(), content.size(), fileName));
    }
}

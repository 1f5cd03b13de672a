package vn.lienlac.chat.attachments;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.chat.Memberships;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.event.AttachmentRef;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.storage.FileNames;
import vn.lienlac.platform.storage.FileStorage;
import vn.lienlac.platform.storage.FileType;
import vn.lienlac.platform.storage.StorageConfig;
import vn.lienlac.platform.storage.Thumbnails;
import vn.lienlac.platform.storage.UploadedFile;

/**
 * Uploading and fetching attachments. Only active members of a conversation upload to it or fetch from it; everyone
 * else gets 404, as for a conversation or attachment that does not exist. An uploaded file is checked against its
 * declared type by its first bytes, stored, and then recorded (membership checked again in the insert).
 */
@ApplicationScoped
public class AttachmentService {

    static final String NO_CONVERSATION = "Không tìm thấy cuộc trò chuyện này.";
    static final String NO_ATTACHMENT = "Không tìm thấy tệp đính kèm này.";
    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

    private final Memberships memberships;
    private final AttachmentStore store;
    private final FileStorage storage;
    private final StorageConfig config;
    private final Thumbnails thumbnails;
    private final Clock clock;

    public AttachmentService(Memberships memberships, AttachmentStore store, FileStorage storage,
            StorageConfig config, Thumbnails thumbnails, Clock clock) {
        this.memberships = memberships;
        this.store = store;
        this.storage = storage;
        this.config = config;
        this.thumbnails = thumbnails;
        this.clock = clock;
    }

    /**
     * An attachment and its bytes (or its thumbnail's, {@link Thumbnails}), opened for a member.
     *
     * @param contentType  what the bytes are: the attachment's type, or {@code image/jpeg} for a thumbnail
     * @param downloadName the name to download them under
     */
    public record Download(StoredAttachment attachment, String contentType, String downloadName,
            Multi<Buffer> content) {
    }

    /**
     * Stores an upload to a conversation the caller is an active member of.
     *
     * @param contentType the request's {@code Content-Type}
     * @param fileName    the name the client gave, or null
     */
    public Uni<AttachmentRef> upload(ChatIdentity caller, long conversationId, String contentType, String fileName,
            Path content) {
        return memberships.memberAs(caller, conversationId).chain(member -> {
            if (member == null) {
                return Uni.createFrom().failure(ApiException.notFound(NO_CONVERSATION));
            }
            // Reading the size, first bytes and hash of the file blocks: off the event loop.
            return Uni.createFrom().item(() -> UploadedFile.inspect(content))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .chain(file -> save(member, conversationId,
                            FileType.accepted(contentType, file, config.maxSize().asLongValue()),
                            FileNames.sanitise(fileName), file));
        });
    }

    /**
     * The attachment and its bytes, for an active member of its conversation; 404 for anyone else. With
     * {@code thumbnail}, an image's thumbnail ({@link Thumbnails}) instead, under the same rules.
     */
    public Uni<Download> open(ChatIdentity caller, UUID id, boolean thumbnail) {
        return store.findForMember(id, caller.texts()).chain(attachment -> {
            if (attachment == null) {
                return Uni.createFrom().failure(ApiException.notFound(NO_ATTACHMENT));
            }
            String type = attachment.type().mediaType();
            Uni<Thumbnails.Image> image = thumbnail ? thumbnails.open(attachment.storageKey(), type)
                    : storage.open(attachment.storageKey()).map(content -> new Thumbnails.Image(type, content));
            return image
                    .onFailure(NoSuchElementException.class).transform(e -> {
                        LOG.errorf("Attachment %s has a row but no stored bytes", id);
                        return ApiException.notFound(NO_ATTACHMENT);
                    })
                    .map(found -> new Download(attachment, found.contentType(), found.contentType().equals(type)
                            ? attachment.downloadName() : Thumbnails.downloadName(attachment.downloadName()),
                            found.content()));
        });
    }

    private Uni<AttachmentRef> save(Participant uploader, long conversationId, FileType type, String fileName,
            UploadedFile content) {
        UUID id = UUID.randomUUID();
        StoredAttachment attachment = new StoredAttachment(id, conversationId, uploader.toString(), type,
                content.size(), fileName, content.sha256(), id.toString(), clock.instant());
        return storage.store(attachment.storageKey(), content.path())
                .chain(() -> store.insertForMember(attachment))
                .onFailure().call(() -> storage.delete(attachment.storageKey()))
                .chain(inserted -> inserted
                        ? Uni.createFrom().item(attachment.ref())
                        : storage.delete(attachment.storageKey())
                                .chain(() -> Uni.createFrom().failure(ApiException.notFound(NO_CONVERSATION))));
    }
}

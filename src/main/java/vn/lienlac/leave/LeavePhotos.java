package vn.lienlac.leave;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.storage.FileStorage;
import vn.lienlac.platform.storage.FileType;
import vn.lienlac.platform.storage.StorageConfig;
import vn.lienlac.platform.storage.UploadedFile;

/**
 * The optional photo of a doctor's note on a leave request, kept in the shared attachment storage ({@link FileStorage},
 * chat's volume and checks: type by its first bytes, chat's size limit; photos only). A guardian of the child adds
 * or replaces it while the request is pending; whoever may see the child downloads it.
 */
@ApplicationScoped
public class LeavePhotos {

    static final String NO_PHOTO = "Đơn xin nghỉ này không có ảnh.";

    /** The photo's bytes and type. */
    public record Download(String contentType, String fileName, Multi<Buffer> content) {
    }

    private final AccessPolicy policy;
    private final LeaveStore store;
    private final FileStorage storage;
    private final StorageConfig config;

    public LeavePhotos(AccessPolicy policy, LeaveStore store, FileStorage storage, StorageConfig config) {
        this.policy = policy;
        this.store = store;
        this.storage = storage;
        this.config = config;
    }

    public Uni<LeaveRequest> attach(long id, String contentType, Path content) {
        Supplier<ApiException> notFound = () -> ApiException.notFound(LeaveRequests.NO_REQUEST);
        return store.find(id).onItem().ifNull().failWith(notFound)
                .call(found -> policy.requireOwnChild(found.studentCode(), notFound))
                // Reading the size, first bytes and hash of the streamed file blocks: off the event loop.
                .chain(found -> Uni.createFrom().item(() -> UploadedFile.inspect(content))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .chain(file -> {
                    FileType type = FileType.accepted(contentType, file, config.maxSize().asLongValue());
                    if (type == FileType.PDF) {
                        throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                                "Chỉ gửi được ảnh JPEG, PNG hoặc WebP.");
                    }
                    String key = "leave-" + UUID.randomUUID();
                    return storage.store(key, file.path())
                            .chain(() -> store.photo(id, key, type.mediaType()))
                            .onFailure().call(() -> storage.delete(key))
                            .onItem().ifNull().failWith(() -> new ApiException(ErrorCode.CONFLICT,
                                    LeaveRequests.DECIDED));
                });
    }

    public Uni<Download> open(long id) {
        Supplier<ApiException> notFound = () -> ApiException.notFound(LeaveRequests.NO_REQUEST);
        return store.find(id).onItem().ifNull().failWith(notFound)
                .call(found -> policy.requireStudent(found.studentCode(), notFound))
                .chain(found -> store.photoOf(id))
                .chain(photo -> {
                    if (photo == null) {
                        return Uni.createFrom().failure(ApiException.notFound(NO_PHOTO));
                    }
                    String name = "giay-kham." + FileType.ofMediaType(photo[1]).orElseThrow().extension();
                    return storage.open(photo[0]).map(bytes -> new Download(photo[1], name, bytes))
                            .onFailure(NoSuchElementException.class).transform(e -> ApiException.notFound(NO_PHOTO));
                });
    }
}

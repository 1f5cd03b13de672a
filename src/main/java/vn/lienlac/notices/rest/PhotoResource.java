package vn.lienlac.notices.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import vn.lienlac.platform.storage.StorageConfig;
import vn.lienlac.platform.storage.FileDownloads;
import vn.lienlac.platform.storage.Thumbnails;
import vn.lienlac.notices.publish.NoticePhotos;
import vn.lienlac.notices.publish.NoticePhotos.Download;
import vn.lienlac.platform.error.ApiException;

/** Photos of activity posts, for the school's staff and portal and the families the posts reached. */
@Path(PhotoResource.PATH)
@Authenticated
@Tag(name = "Notices")
public class PhotoResource {

    static final String PATH = "/api/v1/notices/photos";

    private final NoticePhotos photos;
    private final StorageConfig config;

    public PhotoResource(NoticePhotos photos, StorageConfig config) {
        this.photos = photos;
        this.config = config;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a photo of an activity post of my child's class or school")
    public RestMulti<Buffer> download(@PathParam("id") String id,
            @Parameter(description = "thumb: a JPEG at most 480 px wide, for list views (the original for types "
                    + "that cannot be resized); absent: the original") @QueryParam("size") String size) {
        UUID photoId = FileDownloads.id(id);
        boolean thumbnail = Thumbnails.wanted(size);
        Uni<Download> download = photoId == null
                ? Uni.createFrom().failure(ApiException.notFound("Không tìm thấy ảnh này."))
                : photos.open(photoId, thumbnail);
        return RestMulti.fromUniResponse(download, Download::content, d -> FileDownloads.headers(
                d.contentType(), d.downloadName(), config.cacheMaxAge().toSeconds()));
    }
}

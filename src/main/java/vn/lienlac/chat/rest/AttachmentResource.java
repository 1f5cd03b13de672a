package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.platform.storage.StorageConfig;
import vn.lienlac.platform.storage.FileDownloads;
import vn.lienlac.chat.attachments.AttachmentService;
import vn.lienlac.chat.attachments.AttachmentService.Download;
import vn.lienlac.platform.storage.Thumbnails;
import vn.lienlac.platform.error.ApiException;

/**
 * Downloading an attachment: members of its conversation fetch it; everyone else gets 404. Headers:
 * docs/chat-moderation.md. Uploads are {@link AttachmentUploadResource}.
 */
@Path("/api/v1/chat/attachments")
@Authenticated
@Tag(name = "Chat attachments")
public class AttachmentResource {

    private final ChatIdentities identities;
    private final AttachmentService attachments;
    private final StorageConfig config;
    private final SecurityIdentity identity;

    public AttachmentResource(ChatIdentities identities, AttachmentService attachments, StorageConfig config,
            SecurityIdentity identity) {
        this.identities = identities;
        this.attachments = attachments;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an attachment of a conversation you are a member of")
    public RestMulti<Buffer> download(@PathParam("id") String id,
            @Parameter(description = "thumb: a JPEG at most 480 px wide of a JPEG or PNG image (the original for "
                    + "other types); absent: the original") @QueryParam("size") String size) {
        UUID attachmentId = FileDownloads.id(id);
        boolean thumbnail = Thumbnails.wanted(size);
        Uni<Download> download = attachmentId == null
                ? Uni.createFrom().failure(ApiException.notFound("Không tìm thấy tệp đính kèm này."))
                : identities.of(identity).chain(caller -> attachments.open(caller, attachmentId, thumbnail));
        return RestMulti.fromUniResponse(download, Download::content, this::headers);
    }

    private Map<String, List<String>> headers(Download download) {
        return FileDownloads.headers(download.contentType(), download.downloadName(),
                config.cacheMaxAge().toSeconds());
    }
}

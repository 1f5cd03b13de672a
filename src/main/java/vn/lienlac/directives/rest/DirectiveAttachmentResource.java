package vn.lienlac.directives.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestResponse;
import vn.lienlac.platform.storage.FileDownloads;
import vn.lienlac.directives.Actors;
import vn.lienlac.directives.Views.AttachmentView;
import vn.lienlac.directives.attachments.DirectiveAttachments;
import vn.lienlac.directives.attachments.DirectiveAttachments.Download;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.http.Uploads;

/** Files of directives and report responses: upload first, then name the id in a send, forward or report. */
@Path("/api/v1/directives/attachments")
@Authenticated
@Tag(name = "Directives")
public class DirectiveAttachmentResource {

    private static final long CACHE_MAX_AGE_SECONDS = 3600;

    private final SecurityIdentity identity;
    private final Actors actors;
    private final DirectiveAttachments attachments;
    private final Uploads uploads;

    public DirectiveAttachmentResource(SecurityIdentity identity, Actors actors, DirectiveAttachments attachments,
            Uploads uploads) {
        this.identity = identity;
        this.actors = actors;
        this.attachments = attachments;
        this.uploads = uploads;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a file (PDF, JPEG, PNG or WebP as the raw body, with its Content-Type) to attach "
            + "to a directive or a report (staff only)")
    public Uni<RestResponse<AttachmentView>> upload(@QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context RoutingContext http) {
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> uploads.attachment(http)
                        .chain(file -> attachments.upload(person, contentType, fileName, file)))
                .map(view -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view)
                        .location(URI.create("/api/v1/directives/attachments/" + view.id())).build());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a file of a directive or report I may open")
    public RestMulti<Buffer> download(@PathParam("id") String id) {
        UUID attachmentId = FileDownloads.id(id);
        Uni<Download> download = attachmentId == null
                ? Uni.createFrom().failure(ApiException.notFound("Không tìm thấy tệp đính kèm này."))
                : Uni.createFrom().item(() -> actors.person(identity))
                        .chain(person -> attachments.open(person, attachmentId));
        return RestMulti.fromUniResponse(download, Download::content, d -> FileDownloads.headers(
                d.attachment().contentType(), d.downloadName(), CACHE_MAX_AGE_SECONDS));
    }
}

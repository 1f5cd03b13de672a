package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.attachments.AttachmentService;
import vn.lienlac.chat.event.AttachmentRef;
import vn.lienlac.platform.http.Uploads;

/**
 * Uploading an attachment: a member uploads a file to a conversation, then sends a message with its id. Everyone
 * else gets 404. Limits: docs/chat-moderation.md. (Its own class path: under {@link ConversationResource}'s
 * {@code /api/v1/chat/conversations} a less specific class would never be matched.)
 */
@Path("/api/v1/chat/conversations/{id}/attachments")
@Authenticated
@Tag(name = "Chat attachments")
public class AttachmentUploadResource {

    private final ChatIdentities identities;
    private final AttachmentService attachments;
    private final SecurityIdentity identity;
    private final Uploads uploads;

    public AttachmentUploadResource(ChatIdentities identities, AttachmentService attachments,
            SecurityIdentity identity, Uploads uploads) {
        this.identities = identities;
        this.attachments = attachments;
        this.identity = identity;
        this.uploads = uploads;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a file (JPEG, PNG, WebP or PDF as the raw body, with its Content-Type) to a "
            + "conversation you are a member of; send it with the returned id")
    public Uni<RestResponse<AttachmentRef>> upload(@PathParam("id") long conversationId,
            @QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context RoutingContext http) {
        return identities.of(identity)
                .chain(caller -> uploads.attachment(http).chain(file ->
                        attachments.upload(caller, conversationId, contentType, fileName, file)))
                .map(ref -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, ref)
                        .location(URI.create("/api/v1/chat/attachments/" + ref.id())).build());
    }
}

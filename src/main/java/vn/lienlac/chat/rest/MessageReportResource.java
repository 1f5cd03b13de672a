package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.moderation.Report;
import vn.lienlac.chat.moderation.ReportModeration;
import vn.lienlac.chat.moderation.ReportResolution;
import vn.lienlac.chat.moderation.MessageReportService;
import vn.lienlac.chat.moderation.ReportStatus;
import vn.lienlac.chat.moderation.ReportView;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.CorrelationIdRoute;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Reports of messages: any member reports; the homeroom teacher and the principal and vice principals (who exactly:
 * docs/chat-moderation.md) list them and hide the message or dismiss the report. Everyone else gets 404.
 */
@Path("/api/v1/chat")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat reports")
public class MessageReportResource {

    static final int MAX_LIST = 200;

    private final ChatIdentities identities;
    private final MessageReportService reports;
    private final ReportModeration moderation;
    private final SecurityIdentity identity;

    public MessageReportResource(ChatIdentities identities, MessageReportService reports, ReportModeration moderation,
            SecurityIdentity identity) {
        this.identities = identities;
        this.reports = reports;
        this.moderation = moderation;
        this.identity = identity;
    }

    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a message of a conversation I am a member of: 201, or 200 with my earlier report")
    public Uni<RestResponse<Report>> report(ReportRequest request) {
        if (request == null || request.conversationId() == null || request.seq() == null) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.VALIDATION_FAILED, null, List.of(Map.of(
                    "field", "conversationId", "message", "Cần conversationId, seq và reason."))));
        }
        return identities.of(identity)
                .chain(caller -> reports.report(caller, request.conversationId(), request.seq(), request.reason()))
                .map(report -> report.created()
                        ? RestResponse.status(RestResponse.Status.CREATED, report)
                        : RestResponse.ok(report));
    }

    @GET
    @Path("/reports")
    @Operation(summary = "The reports I handle in a state (OPEN by default), newest first")
    public Uni<List<ReportView>> list(@QueryParam("status") @DefaultValue("OPEN") String status,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        ReportStatus wanted;
        try {
            wanted = ReportStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ApiException.badRequest("status là OPEN, HIDDEN hoặc DISMISSED."));
        }
        return identities.of(identity)
                .chain(caller -> reports.handled(caller, wanted, Math.max(1, Math.min(limit, MAX_LIST))));
    }

    @POST
    @Path("/reports/{id}/hide")
    @Operation(summary = "Hide the reported message from its conversation and resolve its open reports")
    public Uni<ReportResolution> hide(@PathParam("id") long id, RoutingContext ctx) {
        return identities.of(identity).chain(caller -> moderation.hide(caller, id,
                identity.getPrincipal().getName(), CorrelationIdRoute.of(ctx)));
    }

    @POST
    @Path("/reports/{id}/dismiss")
    @Operation(summary = "Dismiss a report: the message stays")
    public Uni<ReportResolution> dismiss(@PathParam("id") long id) {
        return identities.of(identity).chain(caller -> moderation.dismiss(caller, id));
    }
}

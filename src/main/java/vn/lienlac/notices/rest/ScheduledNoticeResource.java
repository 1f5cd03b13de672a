package vn.lienlac.notices.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.notices.scheduled.ScheduledBatch;
import vn.lienlac.notices.scheduled.ScheduledNotices;
import vn.lienlac.platform.error.ApiException;

/** The caller's notice batches scheduled for later, and cancelling one (docs/notices.md, "Scheduled batches"). */
@Path("/api/v1/notices/schools/{schoolCode}/scheduled")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class ScheduledNoticeResource {

    private final ScheduledNotices scheduled;
    private final SecurityIdentity identity;

    public ScheduledNoticeResource(ScheduledNotices scheduled, SecurityIdentity identity) {
        this.scheduled = scheduled;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "My scheduled notice batches for this school, latest time first")
    public Uni<List<ScheduledBatch>> mine(@PathParam("schoolCode") String schoolCode) {
        return scheduled.mine(identity, schoolCode);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel my scheduled notice batch before it goes (409 once it went)")
    public Uni<ScheduledBatch> cancel(@PathParam("schoolCode") String schoolCode, @PathParam("id") String id) {
        UUID batch;
        try {
            batch = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ApiException.notFound("Không tìm thấy lịch gửi thông báo này."));
        }
        return scheduled.cancel(identity, schoolCode, batch);
    }
}

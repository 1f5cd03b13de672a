package vn.lienlac.leave.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import vn.lienlac.leave.LeavePhotos;
import vn.lienlac.leave.LeaveRequest;
import vn.lienlac.leave.LeaveRequests;
import vn.lienlac.platform.http.Uploads;
import vn.lienlac.platform.storage.FileDownloads;
import vn.lienlac.platform.storage.StorageConfig;

/** Leave requests (đơn xin nghỉ học), docs/leave-requests.md. */
@Path("/api/v1/leave-requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leave requests")
public class LeaveResource {

    /** A teacher's decision. */
    public record DecisionBody(String comment) {
    }

    private final LeaveRequests requests;
    private final LeavePhotos photos;
    private final SecurityIdentity identity;
    private final Uploads uploads;
    private final StorageConfig storage;

    public LeaveResource(LeaveRequests requests, LeavePhotos photos, SecurityIdentity identity, Uploads uploads,
            StorageConfig storage) {
        this.requests = requests;
        this.photos = photos;
        this.identity = identity;
        this.uploads = uploads;
        this.storage = storage;
    }

    @POST
    @Operation(summary = "A parent asks leave for their child")
    public Uni<Response> submit(LeaveRequests.Submission body) {
        return requests.submit(identity, body).map(saved -> Response
                .created(URI.create("/api/v1/leave-requests/" + saved.id())).entity(saved).build());
    }

    @GET
    @Path("/students/{studentCode}")
    @Operation(summary = "One child's leave requests, newest first")
    public Uni<List<LeaveRequest>> ofStudent(@PathParam("studentCode") String studentCode) {
        return requests.ofStudent(studentCode);
    }

    @GET
    @Path("/schools/{schoolCode}")
    @Operation(summary = "A school's leave requests the caller may see (teachers: their classes)")
    public Uni<List<LeaveRequest>> ofSchool(@PathParam("schoolCode") String schoolCode,
            @QueryParam("status") String status) {
        return requests.ofSchool(schoolCode, status);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "The homeroom teacher approves: the days become absences with permission")
    public Uni<LeaveRequest> approve(@PathParam("id") long id, DecisionBody body) {
        return requests.decide(identity, id, true, body == null ? null : body.comment());
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "The homeroom teacher declines: attendance is left as it is")
    public Uni<LeaveRequest> decline(@PathParam("id") long id, DecisionBody body) {
        return requests.decide(identity, id, false, body == null ? null : body.comment());
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "The parent withdraws a pending request")
    public Uni<LeaveRequest> cancel(@PathParam("id") long id) {
        return requests.cancel(id);
    }

    @POST
    @Path("/{id}/photo")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The parent adds a photo of a doctor's note (JPEG, PNG or WebP as the raw body)")
    public Uni<LeaveRequest> photo(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context RoutingContext http) {
        return uploads.attachment(http).chain(file -> photos.attach(id, contentType, file));
    }

    @GET
    @Path("/{id}/photo")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The photo of the doctor's note, for whoever may see the child")
    public RestMulti<Buffer> download(@PathParam("id") long id) {
        return RestMulti.fromUniResponse(photos.open(id), LeavePhotos.Download::content,
                d -> FileDownloads.headers(d.contentType(), d.fileName(), storage.cacheMaxAge().toSeconds()));
    }
}

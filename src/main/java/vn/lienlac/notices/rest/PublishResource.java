package vn.lienlac.notices.rest;

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
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.publish.BatchResult;
import vn.lienlac.notices.publish.NoticePhotos;
import vn.lienlac.notices.publish.NoticePhotos.Photo;
import vn.lienlac.notices.publish.Publisher;
import vn.lienlac.notices.scheduled.ScheduledNotices;
import vn.lienlac.platform.http.Uploads;

/**
 * Publishing records to families, one kind per request, by a school's portal (API key), its leadership, teachers
 * (their classes and subjects) and nurse (health). Batches are not atomic: each record has its own outcome.
 * Photos for activity posts are uploaded here first, by the same people who may post activities.
 */
@Path("/api/v1/notices/schools/{schoolCode}")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class PublishResource {

    private final Publisher publisher;
    private final NoticePhotos photos;
    private final SecurityIdentity identity;
    private final Uploads uploads;
    private final ScheduledNotices scheduled;

    public PublishResource(Publisher publisher, NoticePhotos photos, SecurityIdentity identity, Uploads uploads,
            ScheduledNotices scheduled) {
        this.scheduled = scheduled;
        this.publisher = publisher;
        this.photos = photos;
        this.identity = identity;
        this.uploads = uploads;
    }

    @POST
    @Path("/grades")
    @Operation(summary = "Publish grades (scores or primary assessments) to the students' guardians")
    public Uni<BatchResult> grades(@PathParam("schoolCode") String schoolCode, PublishBody body) {
        return publish(schoolCode, NoticeKind.GRADE, body);
    }

    @POST
    @Path("/attendance")
    @Operation(summary = "Publish absences and late arrivals to the students' guardians")
    public Uni<BatchResult> attendance(@PathParam("schoolCode") String schoolCode, PublishBody body) {
        return publish(schoolCode, NoticeKind.ATTENDANCE, body);
    }

    @POST
    @Path("/health")
    @Operation(summary = "Publish check-ups, visits to the nurse's room and reminders to the students' guardians")
    public Uni<BatchResult> health(@PathParam("schoolCode") String schoolCode, PublishBody body) {
        return publish(schoolCode, NoticeKind.HEALTH, body);
    }

    @POST
    @Path("/activities")
    @Operation(summary = "Post plans, menus, timetable changes and events to a class's or the whole school's families")
    public Uni<BatchResult> activities(@PathParam("schoolCode") String schoolCode, PublishBody body) {
        return publish(schoolCode, NoticeKind.ACTIVITY, body);
    }

    @POST
    @Path("/assessments")
    @Operation(summary = "Publish assessments (conduct and learning results, qualities and competences, preschool "
            + "topics) to the students' guardians")
    public Uni<BatchResult> assessments(@PathParam("schoolCode") String schoolCode, PublishBody body) {
        return publish(schoolCode, NoticeKind.ASSESSMENT, body);
    }

    @POST
    @Path("/comments")
    @Operation(summary = "Publish teachers' daily, weekly and term comments on a student or a whole class")
    public Uni<BatchResult> comments(@PathParam("schoolCode") String schoolCode, PublishBody body) {
        return publish(schoolCode, NoticeKind.COMMENT, body);
    }

    @POST
    @Path("/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a photo (JPEG, PNG or WebP as the raw body, with its Content-Type) to name in "
            + "activity records")
    public Uni<RestResponse<Photo>> photo(@PathParam("schoolCode") String schoolCode,
            @QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context RoutingContext http) {
        return uploads.attachment(http)
                .chain(file -> photos.upload(identity, schoolCode, contentType, fileName, file))
                .map(photo -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, photo)
                        .location(URI.create(PhotoResource.PATH + "/" + photo.id())).build());
    }

    private Uni<BatchResult> publish(String schoolCode, NoticeKind kind, PublishBody body) {
        if (body != null && body.sendAt() != null) {
            return scheduled.schedule(identity, schoolCode, kind, body.records(), Boolean.TRUE.equals(body.urgent()),
                    body.sendAt());
        }
        return publisher.publish(identity, schoolCode, kind, body == null ? null : body.records(),
                body != null && Boolean.TRUE.equals(body.urgent()));
    }
}

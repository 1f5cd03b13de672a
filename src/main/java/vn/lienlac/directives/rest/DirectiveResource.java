package vn.lienlac.directives.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.lienlac.directives.Actors;
import vn.lienlac.directives.DirectiveRequest;
import vn.lienlac.directives.DirectiveSender;
import vn.lienlac.directives.DirectiveSender.Route;
import vn.lienlac.directives.DirectiveSender.Sent;
import vn.lienlac.directives.DirectiveViews;
import vn.lienlac.directives.ForwardRequest;
import vn.lienlac.directives.Tracker;
import vn.lienlac.directives.TrackingViews.Cascade;
import vn.lienlac.directives.TrackingViews.Tracking;
import vn.lienlac.directives.Views.Detail;
import vn.lienlac.directives.Views.InboxEntry;
import vn.lienlac.directives.Views.MyCopy;
import vn.lienlac.directives.Views.SentEntry;
import vn.lienlac.directives.reminders.Reminders;
import vn.lienlac.directives.reminders.Reminders.Reminded;
import vn.lienlac.directives.scheduled.ScheduledDirective;
import vn.lienlac.directives.scheduled.ScheduledDirectives;

/** Directives down the hierarchy: sending, forwarding, reading, acknowledging, tracking (docs/directives.md). */
@Path("/api/v1/directives")
@Authenticated
@Tag(name = "Directives")
public class DirectiveResource {

    private final SecurityIdentity identity;
    private final Actors actors;
    private final DirectiveSender sender;
    private final DirectiveViews views;
    private final Tracker tracker;
    private final Reminders reminders;
    private final ScheduledDirectives scheduled;

    public DirectiveResource(SecurityIdentity identity, Actors actors, DirectiveSender sender,
            DirectiveViews views, Tracker tracker, Reminders reminders, ScheduledDirectives scheduled) {
        this.scheduled = scheduled;
        this.identity = identity;
        this.actors = actors;
        this.sender = sender;
        this.views = views;
        this.tracker = tracker;
        this.reminders = reminders;
    }

    @POST
    @Path("/departments/{departmentCode}")
    @Operation(summary = "Send a directive from a department (Sở GDĐT) to the officers of all or chosen district offices "
            + "and/or directly to the principals of chosen schools (department officers of that department)")
    public Uni<RestResponse<Object>> sendFromDepartment(@PathParam("departmentCode") String departmentCode,
            DirectiveRequest request) {
        DirectiveRequest body = body(request);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> body.sendAt() != null
                        ? scheduled.schedule(person, Route.DEPARTMENT, departmentCode, body).map(DirectiveResource::accepted)
                        : sender.fromDepartment(person, departmentCode, body).map(DirectiveResource::created));
    }

    @POST
    @Path("/districts/{districtCode}")
    @Operation(summary = "Send a directive from a district office to the principals of all or selected schools "
            + "(district officers of that district)")
    public Uni<RestResponse<Object>> sendFromDistrict(@PathParam("districtCode") String districtCode,
            DirectiveRequest request) {
        DirectiveRequest body = body(request);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> body.sendAt() != null
                        ? scheduled.schedule(person, Route.DISTRICT, districtCode, body).map(DirectiveResource::accepted)
                        : sender.fromDistrict(person, districtCode, body).map(DirectiveResource::created));
    }

    @POST
    @Path("/schools/{schoolCode}")
    @Operation(summary = "Send a directive from a school's leadership to all its staff, groups of them or chosen "
            + "staff (principal, vice principals)")
    public Uni<RestResponse<Object>> sendFromSchool(@PathParam("schoolCode") String schoolCode,
            DirectiveRequest request) {
        DirectiveRequest body = body(request);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> body.sendAt() != null
                        ? scheduled.schedule(person, Route.SCHOOL, schoolCode, body).map(DirectiveResource::accepted)
                        : sender.fromSchool(person, schoolCode, body).map(DirectiveResource::created));
    }

    @POST
    @Path("/{id}/forwards")
    @Operation(summary = "Forward a directive that reached my office to the district's principals (district officers), "
            + "or one that reached my school to its staff (principals), with my instructions; with sendAt, later")
    public Uni<RestResponse<Object>> forward(@PathParam("id") String id, ForwardRequest request) {
        long directiveId = DirectiveIds.parse(id);
        ForwardRequest body = request == null ? new ForwardRequest(null, null, null, null, null, null, null) : request;
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> body.sendAt() != null
                        ? scheduled.scheduleForward(person, directiveId, body).map(DirectiveResource::accepted)
                        : sender.forward(person, directiveId, body).map(DirectiveResource::created));
    }

    @GET
    @Path("/inbox")
    @Operation(summary = "Directives I received, newest first (listing them marks them delivered)")
    public Uni<List<InboxEntry>> inbox(@QueryParam("before") Long before, @QueryParam("limit") int limit) {
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> views.inbox(person, before, limit));
    }

    @GET
    @Path("/sent")
    @Operation(summary = "Directives I sent, newest first, with how many read and acknowledged")
    public Uni<List<SentEntry>> sent(@QueryParam("before") Long before, @QueryParam("limit") int limit) {
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> views.sent(person, before, limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One directive in full (its sender, recipients, their school's leadership, the district)")
    public Uni<Detail> detail(@PathParam("id") String id) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> views.detail(person, directiveId));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark my copy read")
    public Uni<MyCopy> read(@PathParam("id") String id) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity)).chain(person -> views.read(person, directiveId));
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge my copy (xác nhận đã nhận)")
    public Uni<MyCopy> acknowledge(@PathParam("id") String id) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> views.acknowledge(person, directiveId));
    }

    @GET
    @Path("/{id}/tracking")
    @Operation(summary = "Delivered, read, acknowledged and overdue, per recipient and per school")
    public Uni<Tracking> tracking(@PathParam("id") String id) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> tracker.tracking(person, directiveId));
    }

    @GET
    @Path("/{id}/cascade")
    @Operation(summary = "Per school of a district directive: forwarded or not, and how far the forwards reached")
    public Uni<Cascade> cascade(@PathParam("id") String id) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> tracker.cascade(person, directiveId));
    }

    @POST
    @Path("/{id}/reminders")
    @Operation(summary = "Remind the recipients who have not acknowledged (at most once a day each)")
    public Uni<Reminded> remind(@PathParam("id") String id) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> reminders.remindNow(person, directiveId));
    }

    private static DirectiveRequest body(DirectiveRequest request) {
        return request == null ? new DirectiveRequest(null, null, null, null, null, null, null, null, null, null, null) : request;
    }

    private static RestResponse<Object> accepted(ScheduledDirective later) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, (Object) later)
                .location(URI.create("/api/v1/directives/scheduled/" + later.id())).build();
    }

    @SuppressWarnings("unchecked")
    private static <T> RestResponse<T> created(Sent sent) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, (T) sent)
                .location(URI.create("/api/v1/directives/" + sent.id())).build();
    }
}

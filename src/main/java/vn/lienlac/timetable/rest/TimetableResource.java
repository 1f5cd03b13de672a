package vn.lienlac.timetable.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.platform.http.Uploads;
import vn.lienlac.timetable.Published;
import vn.lienlac.timetable.TimetableView;
import vn.lienlac.timetable.Timetables;

/** Class timetables (thời khóa biểu), docs/timetable.md. */
@Path("/api/v1/timetable")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timetables")
public class TimetableResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Timetables timetables;
    private final SecurityIdentity identity;
    private final Uploads uploads;

    public TimetableResource(Timetables timetables, SecurityIdentity identity, Uploads uploads) {
        this.timetables = timetables;
        this.identity = identity;
        this.uploads = uploads;
    }

    @POST
    @Path("/schools/{schoolCode}/imports")
    @Consumes({"text/csv", XLSX, "application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM,
            MediaType.TEXT_PLAIN})
    @Operation(summary = "Import the school's TKB sheet (XLSX or CSV as the body) from a week on; dryRun previews")
    public Uni<Published> importFile(@PathParam("schoolCode") String schoolCode, @QueryParam("weekOf") String weekOf,
            @QueryParam("dryRun") boolean dryRun, @Context RoutingContext http) {
        return timetables.importFile(identity, schoolCode, weekOf, dryRun, () -> uploads.importFile(http));
    }

    @PUT
    @Path("/classes/{classId}/weeks/{weekOf}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter one class's week from a week on (principal, vice principals); dryRun previews")
    public Uni<Published> enter(@PathParam("classId") long classId, @PathParam("weekOf") String weekOf,
            @QueryParam("dryRun") boolean dryRun, Timetables.WeekInput body) {
        return timetables.enter(identity, classId, weekOf, dryRun, body);
    }

    @GET
    @Path("/classes/{classId}")
    @Operation(summary = "A class's timetable in a week (default this week)")
    public Uni<TimetableView> ofClass(@PathParam("classId") long classId, @QueryParam("week") String week) {
        return timetables.ofClass(classId, week);
    }

    @GET
    @Path("/students/{studentCode}")
    @Operation(summary = "The timetable of a child's class in a week (default this week)")
    public Uni<TimetableView> ofStudent(@PathParam("studentCode") String studentCode,
            @QueryParam("week") String week) {
        return timetables.ofStudent(studentCode, week);
    }

    @GET
    @Path("/me")
    @Operation(summary = "A teacher's own lessons in a week, across their classes")
    public Uni<TimetableView> mine(@QueryParam("week") String week) {
        return timetables.mine(identity, week);
    }
}

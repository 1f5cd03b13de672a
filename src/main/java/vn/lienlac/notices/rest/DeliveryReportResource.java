package vn.lienlac.notices.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.notices.report.DeliveryReport;
import vn.lienlac.platform.error.ApiException;

/** Delivery reports for the school's leadership, teachers and nurse: received, read, unreachable students. */
@Path("/api/v1/notices/schools/{schoolCode}/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class DeliveryReportResource {

    private final DeliveryReport reports;
    private final SecurityIdentity identity;
    private final Clock clock;

    public DeliveryReportResource(DeliveryReport reports, SecurityIdentity identity, Clock clock) {
        this.reports = reports;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Path("/notices/{noticeId}")
    @Operation(summary = "One notice: guardians told, received, read; students without a reachable guardian")
    public Uni<DeliveryReport.Report> notice(@PathParam("schoolCode") String schoolCode,
            @PathParam("noticeId") long noticeId) {
        return reports.notice(identity, schoolCode, noticeId);
    }

    @GET
    @Path("/batches/{batchId}")
    @Operation(summary = "The notices a publishing batch created or changed last")
    public Uni<DeliveryReport.Report> batch(@PathParam("schoolCode") String schoolCode,
            @PathParam("batchId") String batchId) {
        UUID id;
        try {
            id = UUID.fromString(batchId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Không tìm thấy lô " + batchId + ".");
        }
        return reports.batch(identity, schoolCode, id);
    }

    @GET
    @Path("/classes/{className}")
    @Operation(summary = "A class's notices about days in a range (default: the last 30 days)")
    public Uni<DeliveryReport.Report> schoolClass(@PathParam("schoolCode") String schoolCode,
            @PathParam("className") String className, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = DateParams.orElse(to, LocalDate.now(clock));
        LocalDate start = DateParams.orElse(from, end.minusDays(30));
        return reports.schoolClass(identity, schoolCode, className, start, end);
    }
}

package vn.lienlac.directives.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.platform.storage.FileNames;
import vn.lienlac.directives.Actors;
import vn.lienlac.directives.reports.AdoptionResponse;
import vn.lienlac.directives.reports.DistrictAdoptionAnswer;
import vn.lienlac.directives.reports.DistrictReportExport;
import vn.lienlac.directives.reports.DistrictReportService;
import vn.lienlac.directives.reports.DistrictReports;
import vn.lienlac.directives.reports.DistrictReports.DistrictReport;
import vn.lienlac.directives.reports.ReportExport;
import vn.lienlac.directives.reports.DirectiveReportService;
import vn.lienlac.directives.reports.ReportSubmission;
import vn.lienlac.directives.reports.ReportViews.Reports;
import vn.lienlac.directives.reports.ReportViews.SchoolReport;
import vn.lienlac.platform.time.TimeConfig;

/** Responses of schools to a directive's report request, and their export (docs/directives.md). */
@Path("/api/v1/directives/{id}/reports")
@Authenticated
@Tag(name = "Directives")
public class DirectiveReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SecurityIdentity identity;
    private final Actors actors;
    private final DirectiveReportService reports;
    private final TimeConfig time;
    private final AdoptionResponse adoption;
    private final DistrictReportService districtReports;
    private final DistrictAdoptionAnswer districtAdoption;

    public DirectiveReportResource(SecurityIdentity identity, Actors actors, DirectiveReportService reports,
            TimeConfig time, AdoptionResponse adoption, DistrictReportService districtReports,
            DistrictAdoptionAnswer districtAdoption) {
        this.districtReports = districtReports;
        this.districtAdoption = districtAdoption;
        this.identity = identity;
        this.actors = actors;
        this.reports = reports;
        this.time = time;
        this.adoption = adoption;
    }

    @GET
    @Operation(summary = "Every recipient school's response: on time, late, missing or not yet due")
    public Uni<Reports> all(@PathParam("id") String id) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity)).chain(person -> reports.all(person, directiveId));
    }

    @GET
    @Path("/{schoolCode}")
    @Operation(summary = "One school's response")
    public Uni<SchoolReport> one(@PathParam("id") String id, @PathParam("schoolCode") String schoolCode) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> reports.one(person, directiveId, schoolCode));
    }

    @PUT
    @Path("/{schoolCode}")
    @Operation(summary = "Submit (or resubmit) my school's response: text, figures as a JSON object, attachments")
    public Uni<SchoolReport> submit(@PathParam("id") String id, @PathParam("schoolCode") String schoolCode,
            ReportSubmission submission) {
        long directiveId = DirectiveIds.parse(id);
        ReportSubmission body = submission == null ? new ReportSubmission(null, null, null) : submission;
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> reports.submit(person, directiveId, schoolCode, body));
    }

    @POST
    @Path("/{schoolCode}/adoption")
    @Operation(summary = "Submit my school's deployment-progress report, written from its adoption figures now")
    public Uni<SchoolReport> submitAdoption(@PathParam("id") String id, @PathParam("schoolCode") String schoolCode) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> adoption.submit(person, directiveId, schoolCode));
    }

    @GET
    @Path("/districts")
    @Operation(summary = "A department's report request: every recipient district office's answer and status")
    public Uni<DistrictReports.All> districts(@PathParam("id") String id) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> districtReports.all(person, directiveId));
    }

    @GET
    @Path("/districts/{districtCode}")
    @Operation(summary = "One district office's answer to a department's report request")
    public Uni<DistrictReport> district(@PathParam("id") String id, @PathParam("districtCode") String districtCode) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> districtReports.one(person, directiveId, districtCode));
    }

    @PUT
    @Path("/districts/{districtCode}")
    @Operation(summary = "Submit (or resubmit) my district office's answer for its schools: text and figures")
    public Uni<DistrictReport> submitDistrict(@PathParam("id") String id,
            @PathParam("districtCode") String districtCode, ReportSubmission submission) {
        long directiveId = DirectiveIds.parse(id);
        ReportSubmission body = submission == null ? new ReportSubmission(null, null, null) : submission;
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> districtReports.submit(person, directiveId, districtCode, body));
    }

    @POST
    @Path("/districts/{districtCode}/adoption")
    @Operation(summary = "Submit my district office's answer written from its schools' adoption figures now")
    public Uni<DistrictReport> submitDistrictAdoption(@PathParam("id") String id,
            @PathParam("districtCode") String districtCode) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> districtAdoption.submit(person, directiveId, districtCode));
    }

    @GET
    @Path("/districts/export.csv")
    @Produces("text/csv")
    @Operation(summary = "A department's report request: the district offices' answers, with their schools, as CSV")
    public Uni<Response> districtsCsv(@PathParam("id") String id) {
        return districtsExport(id, "csv", "text/csv; charset=UTF-8", DistrictReportExport::csv);
    }

    @GET
    @Path("/districts/export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "A department's report request: the district offices' answers, with their schools, as XLSX")
    public Uni<Response> districtsXlsx(@PathParam("id") String id) {
        return districtsExport(id, "xlsx", XLSX, DistrictReportExport::xlsx);
    }

    private Uni<Response> districtsExport(String id, String extension, String mediaType,
            Function<DistrictReportExport, byte[]> file) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> districtReports.all(person, directiveId))
                .map(all -> new DistrictReportExport(all, time.zone()))
                // POI and the CSV printer block: build the file on a worker thread.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(export -> Response.ok(file.apply(export), mediaType)
                        .header("Content-Disposition", FileNames.contentDisposition(export.fileName(extension)))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "All responses as CSV (UTF-8)")
    public Uni<Response> csv(@PathParam("id") String id) {
        return export(id, "csv", "text/csv; charset=UTF-8", ReportExport::csv);
    }

    @GET
    @Path("/export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "All responses as an Excel workbook")
    public Uni<Response> xlsx(@PathParam("id") String id) {
        return export(id, "xlsx", XLSX, ReportExport::xlsx);
    }

    private Uni<Response> export(String id, String extension, String mediaType, Function<ReportExport, byte[]> file) {
        long directiveId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity)).chain(person -> reports.all(person, directiveId))
                .map(all -> new ReportExport(all, time.zone()))
                // POI and the CSV printer block: build the file on a worker thread.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(export -> Response.ok(file.apply(export), mediaType)
                        .header("Content-Disposition",
                                FileNames.contentDisposition(export.fileName(extension)))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }
}

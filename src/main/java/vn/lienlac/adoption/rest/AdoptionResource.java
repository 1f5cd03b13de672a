package vn.lienlac.adoption.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.adoption.AdoptionFigures;
import vn.lienlac.adoption.AdoptionFollowUp;
import vn.lienlac.adoption.AdoptionHistory;
import vn.lienlac.adoption.AdoptionReports;
import vn.lienlac.adoption.NotActivated;
import vn.lienlac.adoption.ProgressReport;
import vn.lienlac.adoption.AreaAdoption;
import vn.lienlac.adoption.DepartmentAdoption;
import vn.lienlac.adoption.ClassRoster;
import vn.lienlac.adoption.ClassRosters;
import vn.lienlac.adoption.SchoolAdoption;
import vn.lienlac.adoption.SchoolHistory;
import vn.lienlac.adoption.export.AdoptionTables;
import vn.lienlac.adoption.export.ExportFormat;
import vn.lienlac.platform.export.Table;
import vn.lienlac.identity.AccessPolicy;

/**
 * Live adoption figures and follow-up lists (docs/adoption.md): a school's for its principal and vice principals, a
 * class's follow-up list also for its homeroom teacher, a class's roster also for its teachers, a district's for its
 * officers, a department's for its officers (docs/access.md).
 */
@Path("/api/v1/adoption")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adoption", description = "Who has activated: figures per school, class, district; lists; history")
public class AdoptionResource {

    private final AdoptionFigures figures;
    private final AdoptionFollowUp followUp;
    private final AdoptionHistory history;
    private final AdoptionReports reports;
    private final ClassRosters rosters;
    private final AccessPolicy policy;
    private final Clock clock;

    public AdoptionResource(AdoptionFigures figures, AdoptionFollowUp followUp, AdoptionHistory history,
            AdoptionReports reports, ClassRosters rosters, AccessPolicy policy, Clock clock) {
        this.figures = figures;
        this.followUp = followUp;
        this.history = history;
        this.reports = reports;
        this.rosters = rosters;
        this.policy = policy;
        this.clock = clock;
    }

    @GET
    @Path("/schools/{code}")
    @Operation(summary = "A school's activation figures now, and its classes' of the current school year")
    public Uni<SchoolAdoption> school(@PathParam("code") String code) {
        return policy.requireSchoolManagement(code)
                .chain(() -> figures.school(code))
                .onItem().ifNull().failWith(NotFound.school(code));
    }

    @GET
    @Path("/schools/{code}/not-activated")
    @Operation(summary = "Staff and guardians of a school who have not activated yet, with phone numbers")
    public Uni<NotActivated> notActivated(@PathParam("code") String code) {
        return policy.requireSchoolManagement(code)
                .chain(() -> followUp.school(code))
                .onItem().ifNull().failWith(NotFound.school(code));
    }

    @GET
    @Path("/schools/{code}/classes/{classId}/not-activated")
    @Operation(summary = "A class's teachers and guardians who have not activated yet (also for its homeroom teacher)")
    public Uni<NotActivated> classNotActivated(@PathParam("code") String code, @PathParam("classId") long classId) {
        return policy.requireHomeroomClass(code, classId)
                .chain(() -> followUp.schoolClass(code, classId))
                .onItem().ifNull().failWith(NotFound.schoolClass(code, classId));
    }

    @GET
    @Path("/schools/{code}/classes/{classId}/roster")
    @Operation(summary = "A class's students with their guardians (number, relationship) and whether each has "
            + "activated: for the class's teachers and the school's leadership")
    public Uni<ClassRoster> roster(@PathParam("code") String code, @PathParam("classId") long classId) {
        return policy.requireClassRoster(code, classId)
                .chain(() -> rosters.of(code, classId))
                .onItem().ifNull().failWith(NotFound.schoolClass(code, classId));
    }

    @GET
    @Path("/schools/{code}/export")
    @Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "A school's figures per class as a CSV (UTF-8 with BOM) or XLSX file")
    public Uni<Response> exportSchool(@PathParam("code") String code,
            @QueryParam("format") @DefaultValue("xlsx") String format) {
        ExportFormat as = ExportFormat.parse(format);
        return policy.requireSchoolManagement(code)
                .chain(() -> figures.school(code))
                .onItem().ifNull().failWith(NotFound.school(code))
                .chain(school -> file(AdoptionTables.school(school), as, "tien-do-" + code));
    }

    @GET
    @Path("/schools/{code}/not-activated/export")
    @Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The school's list of who has not activated yet as a CSV (UTF-8 with BOM) or XLSX file")
    public Uni<Response> exportNotActivated(@PathParam("code") String code,
            @QueryParam("format") @DefaultValue("xlsx") String format) {
        ExportFormat as = ExportFormat.parse(format);
        return policy.requireSchoolManagement(code)
                .chain(() -> followUp.school(code))
                .onItem().ifNull().failWith(NotFound.school(code))
                .chain(list -> file(AdoptionTables.notActivated(list), as, "chua-kich-hoat-" + code));
    }

    @GET
    @Path("/schools/{code}/history")
    @Operation(summary = "A school's daily figures from one day to another (default: the last 30 days)")
    public Uni<SchoolHistory> history(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        DateRange range = DateRange.parse(from, to, LocalDate.now(clock));
        return policy.requireSchoolManagement(code)
                .chain(() -> history.school(code, range.from(), range.to()))
                .onItem().ifNull().failWith(NotFound.school(code));
    }

    @GET
    @Path("/schools/{code}/report")
    @Operation(summary = "A school's deployment-progress report (Vietnamese text and figures), now or as of a past day")
    public Uni<ProgressReport> report(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        LocalDate day = asOf == null || asOf.isBlank() ? null : DateRange.day(asOf, "asOf");
        return policy.requireSchoolManagement(code)
                .chain(() -> reports.schoolReport(code, day))
                .onItem().ifNull().failWith(NotFound.school(code));
    }

    @GET
    @Path("/districts/{code}")
    @Operation(summary = "A district's activation figures now, and each of its schools'")
    public Uni<AreaAdoption> district(@PathParam("code") String code) {
        return policy.requireDistrict(code)
                .chain(() -> figures.district(code))
                .onItem().ifNull().failWith(NotFound.district(code));
    }

    @GET
    @Path("/districts/{code}/export")
    @Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "A district's figures per school as a CSV (UTF-8 with BOM) or XLSX file")
    public Uni<Response> exportDistrict(@PathParam("code") String code,
            @QueryParam("format") @DefaultValue("xlsx") String format) {
        ExportFormat as = ExportFormat.parse(format);
        return policy.requireDistrict(code)
                .chain(() -> figures.district(code))
                .onItem().ifNull().failWith(NotFound.district(code))
                .chain(district -> file(AdoptionTables.area(district), as, "tien-do-" + code));
    }

    @GET
    @Path("/districts/{code}/history")
    @Operation(summary = "A district's daily figures (counted over the district) from one day to another")
    public Uni<SchoolHistory> districtHistory(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        DateRange range = DateRange.parse(from, to, LocalDate.now(clock));
        return policy.requireDistrict(code)
                .chain(() -> history.district(code, range.from(), range.to()))
                .onItem().ifNull().failWith(NotFound.district(code));
    }

    @GET
    @Path("/departments/{code}")
    @Operation(summary = "A department's activation figures now, each of its districts' and each school's (admin "
            + "and the department's officers)")
    public Uni<DepartmentAdoption> department(@PathParam("code") String code) {
        return requireDepartment(code)
                .chain(() -> figures.department(code))
                .onItem().ifNull().failWith(NotFound.department(code));
    }

    @GET
    @Path("/departments/{code}/export")
    @Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "A department's figures per district office as a CSV (UTF-8 with BOM) or XLSX file")
    public Uni<Response> exportDepartment(@PathParam("code") String code,
            @QueryParam("format") @DefaultValue("xlsx") String format) {
        ExportFormat as = ExportFormat.parse(format);
        return requireDepartment(code)
                .chain(() -> figures.department(code))
                .onItem().ifNull().failWith(NotFound.department(code))
                .chain(department -> file(AdoptionTables.department(department), as, "tien-do-" + code));
    }

    @GET
    @Path("/departments/{code}/history")
    @Operation(summary = "A department's daily figures (counted over the department) from one day to another")
    public Uni<SchoolHistory> departmentHistory(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        DateRange range = DateRange.parse(from, to, LocalDate.now(clock));
        return requireDepartment(code)
                .chain(() -> history.department(code, range.from(), range.to()))
                .onItem().ifNull().failWith(NotFound.department(code));
    }

    private Uni<Void> requireDepartment(String code) {
        return figures.departmentDistricts(code).chain(policy::requireDepartment);
    }

    /** An attachment named {@code <name>-<today>.<ext>} (today in the configured zone). */
    private Uni<Response> file(Table table, ExportFormat format, String name) {
        String fileName = name + "-" + LocalDate.now(clock) + "." + format.extension();
        return format.write(table).map(bytes -> Response.ok(bytes, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build());
    }
}

package vn.lienlac.directory.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.lienlac.directory.importing.ImportFormat;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.importing.StaffImportReader;
import vn.lienlac.directory.importing.StaffUnit;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.sync.DirectorySync;
import vn.lienlac.directory.sync.ImportLog;
import vn.lienlac.directory.sync.ImportReport;
import vn.lienlac.directory.sync.ImportRequest;
import vn.lienlac.directory.sync.ImportSummary;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.platform.http.Uploads;

/**
 * An office's own staff, imported for the office with the same formats, modes, dry run, log and audit as a school's
 * staff import: a district office's (Phòng GDĐT: district officers) and a department's (Sở GDĐT: department
 * officers; docs/import.md, "District-office staff" and "Department staff"). Office staff belong to no school. Who
 * may run them (docs/access.md, "Who may create which role"): the admin, and for a district office also its
 * department's officers (the office above); the check comes before any content is parsed. Files are streamed to disk
 * within lienlac.http.body-limits.import-file.
 */
@Path("/api/v1/directory")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory imports")
public class OfficeImportResource {

    private final ImportRunner runner;
    private final StaffImportReader staff;
    private final DirectorySync sync;
    private final ImportLog log;
    private final AccessPolicy policy;
    private final Uploads uploads;

    public OfficeImportResource(ImportRunner runner, StaffImportReader staff, DirectorySync sync, ImportLog log,
            AccessPolicy policy, Uploads uploads) {
        this.uploads = uploads;
        this.runner = runner;
        this.staff = staff;
        this.sync = sync;
        this.log = log;
        this.policy = policy;
    }

    @POST
    @Path("/districts/{districtCode}/imports/staff")
    @Consumes({"text/csv", ImportResource.XLSX, ImportResource.XLS, MediaType.APPLICATION_OCTET_STREAM,
            MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a district office's own staff from a file (XLSX or CSV as the request body)")
    public Uni<ImportReport> file(@BeanParam OfficeImportOptions options, @Context RoutingContext http) {
        return managed(options, () -> uploads.importFile(http).chain(file -> runner.file(options, options.fileName,
                () -> file, this::read, (request, batch) -> apply(options, request, batch))));
    }

    @POST
    @Path("/districts/{districtCode}/imports/staff")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a district office's own staff from a file uploaded as the form field 'file'")
    public Uni<ImportReport> upload(@BeanParam OfficeImportOptions options, @RestForm("file") FileUpload file) {
        return managed(options, () -> runner.file(options, ImportResource.fileName(file),
                ImportResource.contentOf(file), this::read, (request, batch) -> apply(options, request, batch)));
    }

    @POST
    @Path("/districts/{districtCode}/imports/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a district office's own staff pushed as JSON records")
    public Uni<ImportReport> json(@BeanParam OfficeImportOptions options, StaffImportBody body) {
        return managed(options, () -> runner.records(options, body, body == null ? null : body.staff(),
                rows -> staff.fromJson(rows, StaffUnit.DISTRICT_OFFICE),
                (request, batch) -> apply(options, request, batch)));
    }

    @GET
    @Path("/districts/{districtCode}/imports")
    @Operation(summary = "List the imports of the district office's own staff, newest first")
    public Uni<List<ImportSummary>> list(@PathParam("districtCode") String districtCode,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return policy.requireOfficeStaffManagement(districtCode)
                .chain(() -> log.listForOffice(districtCode, Math.max(1, Math.min(limit, ImportResource.MAX_LIST))));
    }

    @POST
    @Path("/departments/{departmentCode}/imports/staff")
    @Consumes({"text/csv", ImportResource.XLSX, ImportResource.XLS, MediaType.APPLICATION_OCTET_STREAM,
            MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a department's own staff from a file (XLSX or CSV as the request body)")
    public Uni<ImportReport> departmentFile(@BeanParam DepartmentImportOptions options, @Context RoutingContext http) {
        return department(options, () -> uploads.importFile(http).chain(file -> runner.file(options,
                options.fileName, () -> file, this::readDepartment,
                (request, batch) -> apply(options, request, batch))));
    }

    @POST
    @Path("/departments/{departmentCode}/imports/staff")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a department's own staff from a file uploaded as the form field 'file'")
    public Uni<ImportReport> departmentUpload(@BeanParam DepartmentImportOptions options,
            @RestForm("file") FileUpload file) {
        return department(options, () -> runner.file(options, ImportResource.fileName(file),
                ImportResource.contentOf(file), this::readDepartment, (request, batch) -> apply(options, request,
                        batch)));
    }

    @POST
    @Path("/departments/{departmentCode}/imports/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a department's own staff pushed as JSON records")
    public Uni<ImportReport> departmentJson(@BeanParam DepartmentImportOptions options, StaffImportBody body) {
        return department(options, () -> runner.records(options, body, body == null ? null : body.staff(),
                rows -> staff.fromJson(rows, StaffUnit.DEPARTMENT), (request, batch) -> apply(options, request,
                        batch)));
    }

    @GET
    @Path("/departments/{departmentCode}/imports")
    @Operation(summary = "List the imports of the department's own staff, newest first")
    public Uni<List<ImportSummary>> departmentList(@PathParam("departmentCode") String departmentCode,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return policy.requireDepartmentStaffManagement(departmentCode).chain(() -> log.listForDepartment(
                departmentCode, Math.max(1, Math.min(limit, ImportResource.MAX_LIST))));
    }

    private ParsedBatch<StaffRecord> read(InputStream in, ImportFormat format) {
        return staff.read(in, format, StaffUnit.DISTRICT_OFFICE);
    }

    private ParsedBatch<StaffRecord> readDepartment(InputStream in, ImportFormat format) {
        return staff.read(in, format, StaffUnit.DEPARTMENT);
    }

    private Uni<ImportReport> apply(DepartmentImportOptions options, ImportRequest request,
            ParsedBatch<StaffRecord> batch) {
        return sync.syncOfficeStaff(request.forDepartment(options.departmentCode), batch);
    }

    private Uni<ImportReport> department(DepartmentImportOptions options, Supplier<Uni<ImportReport>> work) {
        return policy.requireDepartmentStaffManagement(options.departmentCode).chain(() -> work.get());
    }

    private Uni<ImportReport> apply(OfficeImportOptions options, ImportRequest request,
            ParsedBatch<StaffRecord> batch) {
        return sync.syncOfficeStaff(request.forOffice(options.districtCode), batch);
    }

    private Uni<ImportReport> managed(OfficeImportOptions options, Supplier<Uni<ImportReport>> work) {
        return policy.requireOfficeStaffManagement(options.districtCode).chain(() -> work.get());
    }
}
